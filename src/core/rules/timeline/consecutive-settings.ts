import type { StoryIndex } from '../../analysis/story-index';

/**
 * Walks the timeline and, for every key (a character's trait, an ordered pair's
 * relationship), pairs each setting with the previous setting of the same key:
 * the "consecutive pair" of the trait-swing and relationship-flip rules.
 * `start[q]..start[q+1]` are the settings of event q; `keyOf(k)`/`valueOf(k)` read setting k.
 */
export function forEachConsecutiveSetting(
  ix: StoryIndex,
  start: Int32Array,
  keyOf: (k: number) => number,
  valueOf: (k: number) => number,
  visit: (p: number, q: number, k: number, from: number, to: number) => void,
): void {
  const slotOf = new Map<number, number>();
  const settings = start[ix.n]!;
  const lastEvent = new Int32Array(settings);
  const lastValue = new Float64Array(settings);
  const { timeline } = ix;
  for (let r = 0; r < ix.n; r++) {
    const q = timeline[r]!;
    for (let k = start[q]!; k < start[q + 1]!; k++) {
      const key = keyOf(k);
      const to = valueOf(k);
      const slot = slotOf.get(key);
      if (slot === undefined) {
        const fresh = slotOf.size;
        slotOf.set(key, fresh);
        lastEvent[fresh] = q;
        lastValue[fresh] = to;
        continue;
      }
      const p = lastEvent[slot]!;
      const from = lastValue[slot]!;
      lastEvent[slot] = q;
      lastValue[slot] = to;
      visit(p, q, k, from, to);
    }
  }
}
