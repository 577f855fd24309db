import { EPS } from '../../analysis/tolerance';

/** One earlier event of a character that may still overlap later ones. */
interface Stay {
  readonly event: number;
  readonly time: number;
  /** time + duration */
  readonly end: number;
  /** Location number (see CastTable). */
  readonly location: number;
  /** Position in its location group while groups are kept, for O(1) removal. */
  slot: number;
}

/** Heap order: earliest end first, then earliest start, so that expiry can stop at the first survivor. */
function before(a: Stay, b: Stay): boolean {
  return a.end < b.end || (a.end === b.end && a.time < b.time);
}

/**
 * Above this many active stays, they are also grouped by location, so that a query skips
 * the stays at its own location instead of scanning them. Below it a plain scan is cheaper.
 */
const GROUP_ABOVE = 16;

/**
 * The events of one character, seen in timeline order, that a later event could still overlap
 * (bilocation: `P.time == Q.time` or `P.time + P.duration > Q.time`).
 * A query costs at most GROUP_ABOVE, or the number of other locations plus the stays found there,
 * and each stay expires once: n log n plus output for a whole timeline.
 */
/** Bilocation's overlap: same start, or `P.time + P.duration > Q.time` with the tolerance of the spec. */
function overlaps(stay: Stay, t: number): boolean {
  return stay.time === t || stay.end > t + EPS;
}

export class ActiveStays {
  /** Every active stay, as a binary min-heap in `before` order. */
  private readonly heap: Stay[] = [];
  /** Active stays by location; only kept while many stays are active at once. */
  private groups: Map<number, Stay[]> | undefined = undefined;

  /** Forgets the stays that no event at time `t` or later can overlap. Times must not decrease between calls. */
  expire(t: number): void {
    const heap = this.heap;
    while (heap.length > 0) {
      const top = heap[0]!;
      // With (end, time) order, a top that ends after t, or starts at t itself, means every other stay does too.
      if (top.end > t + EPS || top.time === t) return;
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
    if (this.groups === undefined) {
      // Indexed: runs for every participant of every event, often before it is compiled.
      const heap = this.heap;
      for (let k = 0; k < heap.length; k++) {
        const stay = heap[k]!;
        if (stay.location !== location && overlaps(stay, t)) out.push(stay.event);
      }
      return;
    }
    for (const group of this.groups.values()) {
      if (group[0]!.location === location) continue;
      for (const stay of group) if (overlaps(stay, t)) out.push(stay.event);
    }
  }

  /** Whether no earlier event can overlap anything any more. */
  get isEmpty(): boolean {
    return this.heap.length === 0;
  }

  /** Adds an event that starts at `time` and ends at `end`. */
  add(event: number, time: number, end: number, location: number): void {
    const stay: Stay = { event, time, end, location, slot: 0 };
    this.push(stay);
    if (this.groups !== undefined) this.addToGroup(this.groups, stay);
    else if (this.heap.length > GROUP_ABOVE) {
      const groups = new Map<number, Stay[]>();
      for (const s of this.heap) this.addToGroup(groups, s);
      this.groups = groups;
    }
  }

  private addToGroup(groups: Map<number, Stay[]>, stay: Stay): void {
    let group = groups.get(stay.location);
    if (group === undefined) {
      group = [];
      groups.set(stay.location, group);
    }
    stay.slot = group.length;
    group.push(stay);
  }

  private removeFromGroup(groups: Map<number, Stay[]>, stay: Stay): void {
    const group = groups.get(stay.location)!;
    const last = group.pop()!;
    if (last !== stay) {
      group[stay.slot] = last;
      last.slot = stay.slot;
    }
    // Empty groups are dropped so that collectElsewhere only visits locations with someone there.
    if (group.length === 0) groups.delete(stay.location);
  }

  private push(stay: Stay): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(stay);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(stay, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = stay;
  }

  private popTop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    const size = heap.length;
    if (size === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}
