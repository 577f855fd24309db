/**
 * A binary heap of search entries (event, impact, hops) over typed arrays, best first:
 * highest impact, then fewest hops, then earliest in the timeline. The timeline
 * tie-break makes the search order, and so the chosen best paths, deterministic.
 * Entries are never updated in place: the search pushes a new entry when an event
 * improves and skips the stale ones when they surface (lazy deletion).
 */
export class EntryHeap {
  private node: Int32Array;
  private impact: Float64Array;
  private hops: Int32Array;
  private count = 0;

  constructor(
    private readonly rank: Int32Array,
    capacity = 64,
  ) {
    const size = Math.max(1, capacity);
    this.node = new Int32Array(size);
    this.impact = new Float64Array(size);
    this.hops = new Int32Array(size);
  }

  /** Number of entries in the heap. */
  get size(): number {
    return this.count;
  }

  /** Adds an entry. */
  push(node: number, impact: number, hops: number): void {
    if (this.count === this.node.length) this.grow();
    let i = this.count++;
    // Sift up: move parents down until the new entry's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.precedes(node, impact, hops, this.node[parent]!, this.impact[parent]!, this.hops[parent]!)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, node, impact, hops);
  }

  /** Removes the best entry and returns its event index; the heap must not be empty. */
  pop(): number {
    const top = this.node[0]!;
    const last = --this.count;
    if (last > 0) {
      const node = this.node[last]!;
      const impact = this.impact[last]!;
      const hops = this.hops[last]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= last) break;
        const right = left + 1;
        const child = right < last && this.slotPrecedes(right, left) ? right : left;
        if (!this.precedes(this.node[child]!, this.impact[child]!, this.hops[child]!, node, impact, hops)) break;
        this.move(child, i);
        i = child;
      }
      this.set(i, node, impact, hops);
    }
    return top;
  }

  /** Whether entry (n1, i1, h1) comes before entry (n2, i2, h2). */
  private precedes(n1: number, i1: number, h1: number, n2: number, i2: number, h2: number): boolean {
    if (i1 !== i2) return i1 > i2;
    if (h1 !== h2) return h1 < h2;
    return this.rank[n1]! < this.rank[n2]!;
  }

  private slotPrecedes(a: number, b: number): boolean {
    return this.precedes(this.node[a]!, this.impact[a]!, this.hops[a]!, this.node[b]!, this.impact[b]!, this.hops[b]!);
  }

  private move(from: number, to: number): void {
    this.set(to, this.node[from]!, this.impact[from]!, this.hops[from]!);
  }

  private set(i: number, node: number, impact: number, hops: number): void {
    this.node[i] = node;
    this.impact[i] = impact;
    this.hops[i] = hops;
  }

  private grow(): void {
    const size = this.node.length * 2;
    const node = new Int32Array(size);
    const impact = new Float64Array(size);
    const hops = new Int32Array(size);
    node.set(this.node);
    impact.set(this.impact);
    hops.set(this.hops);
    this.node = node;
    this.impact = impact;
    this.hops = hops;
  }
}
