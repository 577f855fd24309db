/**
 * Stable numbers ("slots") for a story's events, so that what the analysis keeps per event
 * (identities, partitions, key members, scores) survives events removed or inserted before
 * others: an event keeps its slot while it lives, new events (appended or inserted) take new
 * slots after the others'. So once an event was inserted, slots no longer follow positions:
 * what must go in the events' order (the scores' sums) goes through `slotOf`. Until an event
 * is first removed or inserted, a slot is its position (`identity`).
 */
export class EventNumbering {
  /** Slot of the event at each position. */
  slotOf: Int32Array;
  /** Position of the event in each slot, -1 once removed. */
  posOf: Int32Array;
  identity = true;

  constructor(n: number) {
    this.slotOf = identityArray(n);
    this.posOf = identityArray(n);
  }

  /** Number of slots given so far (live or not). */
  get size(): number {
    return this.posOf.length;
  }

  /** Events appended up to `n`: new slots after the others'. */
  append(n: number): void {
    const had = this.slotOf.length;
    if (n <= had) return;
    const slotOf = new Int32Array(n);
    slotOf.set(this.slotOf);
    const posOf = new Int32Array(this.posOf.length + n - had);
    posOf.set(this.posOf);
    let next = this.posOf.length;
    for (let p = had; p < n; p++) {
      slotOf[p] = next;
      posOf[next++] = p;
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
  }

  /** The events at `removed` (old positions, ascending) are gone: the others close up. */
  remove(removed: readonly number[]): void {
    const old = this.slotOf;
    const slotOf = new Int32Array(old.length - removed.length);
    const posOf = this.posOf.slice();
    let from = 0;
    let shift = 0;
    for (const r of [...removed, old.length]) {
      for (let p = from; p < r; p++) {
        const s = old[p]!;
        slotOf[p - shift] = s;
        posOf[s] = p - shift;
      }
      if (r < old.length) posOf[old[r]!] = -1;
      from = r + 1;
      shift++;
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
    this.identity = false;
  }

  /** Events inserted at `inserted` (new positions, ascending): the others move up, each new one takes a new slot. */
  insert(inserted: readonly number[]): void {
    const old = this.slotOf;
    const n = old.length + inserted.length;
    const slotOf = new Int32Array(n);
    const posOf = new Int32Array(this.posOf.length + inserted.length);
    posOf.set(this.posOf);
    let next = this.posOf.length;
    let from = 0;
    let shift = 0;
    for (const at of [...inserted, n]) {
      // Old positions from..(at - shift) keep their slots, `shift` places up.
      const upto = at - shift;
      slotOf.set(old.subarray(from, upto), from + shift);
      if (shift > 0) for (let p = from; p < upto; p++) posOf[old[p]!] = p + shift;
      if (at < n) {
        slotOf[at] = next;
        posOf[next++] = at;
      }
      from = upto;
      shift++;
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
    this.identity = false;
  }
}

function identityArray(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let p = 0; p < n; p++) a[p] = p;
  return a;
}
