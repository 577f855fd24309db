import { EPS } from '../../analysis/tolerance';

/**
 * Start, end (start + duration) and location number of each stay, by stay number. A stay is
 * a number rather than an object: in a one-shot `nao check`, which runs in V8's baseline tier,
 * an object per stay with two number fields cost about 100 bytes (the fields boxed), 4.5 MB at
 * 10k dense events and 17 MB at 100k, all of it fresh memory (docs/BENCHMARKS.md).
 */
export interface StayColumns {
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly location: ArrayLike<number>;
}

/**
 * Above this many active stays, they are also grouped by location, so that a query skips
 * the stays at its own location instead of scanning them. Below it a plain scan is cheaper.
 */
const GROUP_ABOVE = 16;

/**
 * The earlier stays of one character, seen in timeline order, that a later event could still
 * overlap (bilocation: `P.time == Q.time` or `P.time + P.duration > Q.time`). A stay number
 * is added at most once. A query costs at most GROUP_ABOVE, or the number of other locations
 * plus the stays found there, and each stay expires once: n log n plus output for a whole timeline.
 */
export class ActiveStays {
  /** Every active stay, as a binary min-heap: earliest end first, then earliest start, so that expiry can stop at the first survivor. */
  private readonly heap: number[] = [];
  /**
   * How many entries of `heap` are in use. The array itself never shrinks: V8 gives back the
   * spare room of an array that pop() leaves half empty, and the next push allocates it again,
   * which for a character's few stays was a new backing store on most adds (1.8 MB at 10k dense).
   */
  private size = 0;
  /** Active stays by location; only kept while many stays are active at once. */
  private groups: Map<number, Set<number>> | undefined = undefined;

  constructor(private readonly columns: StayColumns) {}

  /** Forgets the stays that no event at time `t` or later can overlap. Times must not decrease between calls. */
  expire(t: number): void {
    const heap = this.heap;
    const { start, end } = this.columns;
    while (this.size > 0) {
      const top = heap[0]!;
      // With (end, start) order, a top that ends after t, or starts at t itself, means every other stay does too.
      if (end[top]! > t + EPS || start[top] === t) return;
      this.popTop();
      if (this.groups !== undefined) this.removeFromGroup(this.groups, top);
    }
    this.groups = undefined;
  }

  /**
   * Appends to `out` every active stay overlapping an event at time `t` whose location differs
   * from `location`. Expiry stops at the first stay that overlaps; with the tolerance a later
   * stay in heap order may end within EPS of t without overlapping, hence the check here.
   */
  collectElsewhere(t: number, location: number, out: number[]): void {
    const { start, end } = this.columns;
    if (this.groups === undefined) {
      // Indexed: runs for every participant of every event, often before it is compiled.
      // Overlapping: the same start, or still running at t by more than the spec's tolerance.
      const heap = this.heap;
      const at = this.columns.location;
      for (let k = 0; k < this.size; k++) {
        const stay = heap[k]!;
        if (at[stay] !== location && (start[stay] === t || end[stay]! > t + EPS)) out.push(stay);
      }
      return;
    }
    for (const [where, group] of this.groups) {
      if (where === location) continue;
      for (const stay of group) if (start[stay] === t || end[stay]! > t + EPS) out.push(stay);
    }
  }

  /** Whether no earlier event can overlap anything any more. */
  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Adds a stay (its start, end and location are in the columns). */
  add(stay: number): void {
    this.push(stay);
    if (this.groups !== undefined) this.addToGroup(this.groups, stay);
    else if (this.size > GROUP_ABOVE) {
      const groups = new Map<number, Set<number>>();
      for (let k = 0; k < this.size; k++) this.addToGroup(groups, this.heap[k]!);
      this.groups = groups;
    }
  }

  private addToGroup(groups: Map<number, Set<number>>, stay: number): void {
    const where = this.columns.location[stay]!;
    const group = groups.get(where);
    if (group === undefined) groups.set(where, new Set([stay]));
    else group.add(stay);
  }

  private removeFromGroup(groups: Map<number, Set<number>>, stay: number): void {
    const where = this.columns.location[stay]!;
    const group = groups.get(where)!;
    group.delete(stay);
    // Empty groups are dropped so that collectElsewhere only visits locations with someone there.
    if (group.size === 0) groups.delete(where);
  }

  /** Heap order: earliest end first, then earliest start. */
  private before(a: number, b: number): boolean {
    const { start, end } = this.columns;
    return end[a]! < end[b]! || (end[a] === end[b] && start[a]! < start[b]!);
  }

  private push(stay: number): void {
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(stay, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = stay;
  }

  private popTop(): void {
    const heap = this.heap;
    const size = --this.size;
    const last = heap[size]!;
    if (size === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.before(heap[right]!, heap[left]!) ? right : left;
      if (!this.before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}
