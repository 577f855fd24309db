import type { StoryIndex } from './story-index';

const NO_IDS: readonly string[] = Object.freeze([]);

/** The ids of the items at `indices`; one shared empty list for none (most conflicts have no links). */
export function idsOf(items: readonly { readonly id: string }[], indices: readonly number[]): readonly string[] {
  switch (indices.length) {
    case 0:
      return NO_IDS;
    case 1:
      return [items[indices[0]!]!.id];
    case 2:
      return [items[indices[0]!]!.id, items[indices[1]!]!.id];
    default: {
      // A loop lists tens of thousands: a plain loop is optimised on the spot (on-stack), where
      // map's callback would first run unoptimised for most of them.
      const ids = new Array<string>(indices.length);
      for (let k = 0; k < indices.length; k++) ids[k] = items[indices[k]!]!.id;
      return ids;
    }
  }
}

/**
 * Scale ids of the events, finest first, without repeats. `lists` keeps the lists of one or
 * two scales by (finer, coarser), shared between conflicts of the same scales of one story.
 */
export function scaleIdsOf(ix: StoryIndex, events: readonly number[], lists: Map<number, readonly string[]>): readonly string[] {
  const scaleIdx = ix.scaleIdx;
  const scales = ix.story.scales;
  if (events.length <= 2) {
    const a = scaleIdx[events[0]!]!;
    const b = events.length === 2 ? scaleIdx[events[1]!]! : a;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * scales.length + hi;
    let list = lists.get(key);
    if (list === undefined) {
      list = Object.freeze(lo === hi ? [scales[lo]!.id] : [scales[lo]!.id, scales[hi]!.id]);
      lists.set(key, list);
    }
    return list;
  }
  return [...new Set(events.map((i) => scaleIdx[i]!))].sort((x, y) => x - y).map((s) => scales[s]!.id);
}
