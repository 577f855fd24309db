import type { StoryEvent } from '../../core/model/story';
import type { OutlineGroup } from './filter-events';

/** One line of the virtualized outline: a scale's heading or an event under it. */
export type OutlineRow =
  | { readonly kind: 'head'; readonly scale: string; readonly label: string; readonly shown: number; readonly total: number }
  | { readonly kind: 'event'; readonly event: StoryEvent };

/**
 * The outline's lines. After an edit the list is made again (20,000 rows at 20,000
 * events), so it holds no more than the rows themselves and the headings' places:
 * positions, the heading above a row and an event's row are worked out for the few
 * rows that are asked about (the ones on screen, the active one), not for every row.
 */
export interface OutlineRows {
  readonly rows: readonly OutlineRow[];
  /** Row index of each heading, in order. */
  readonly heads: readonly number[];
  /** How many event rows there are. */
  readonly eventCount: number;
  /** The row of an event (undefined when it is not shown). */
  indexOf(id: string): number | undefined;
  /** The row of the heading `row` sits under (itself for a heading). */
  headOf(row: number): number;
  /** 0-based place of an event row among the shown events: what the arrow keys walk through. */
  eventIndexOf(row: number): number;
  /** The row of the `k`-th shown event. */
  eventRow(k: number): number;
}

/**
 * Where an event sits in the timeline order each group is in (time, then place in the story
 * file; outline-grouper.ts): its scale, time and file position, or undefined when the story
 * has no such event. With it, finding an event's row is a binary search in its group.
 */
export type TimelinePlace = (id: string) => { readonly scale: string; readonly time: number; readonly at: number } | undefined;

/** Flattens the scale groups into headings and event rows; empty groups keep their heading, so "0 of 12" still shows. */
export function outlineRows(groups: readonly OutlineGroup[], placeOf?: TimelinePlace): OutlineRows {
  const rows: OutlineRow[] = [];
  const heads: number[] = [];
  for (const g of groups) {
    heads.push(rows.length);
    rows.push({ kind: 'head', scale: g.scale, label: g.label, shown: g.events.length, total: g.total });
    for (const e of g.events) rows.push({ kind: 'event', event: e });
  }
  return rowsOf(rows, heads, placeOf);
}

/** The row of event `id` in its group's rows, by binary search on the timeline order; undefined when it is not shown. */
function searchRow(rows: readonly OutlineRow[], heads: readonly number[], placeOf: TimelinePlace, id: string): number | undefined {
  const place = placeOf(id);
  if (!place) return undefined;
  const h = heads.find((row) => {
    const r = rows[row];
    return r?.kind === 'head' && r.scale === place.scale;
  });
  if (h === undefined) return undefined;
  const head = rows[h];
  let lo = h + 1;
  let hi = lo + (head?.kind === 'head' ? head.shown : 0);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid];
    const other = r?.kind === 'event' ? placeOf(r.event.id) : undefined;
    if (!other) return undefined;
    if (other.time < place.time || (other.time === place.time && other.at < place.at)) lo = mid + 1;
    else hi = mid;
  }
  const r = rows[lo];
  return r?.kind === 'event' && r.event.id === id ? lo : undefined;
}

function rowsOf(rows: readonly OutlineRow[], heads: readonly number[], placeOf: TimelinePlace | undefined): OutlineRows {
  /** Index in `heads` of the last heading at or before `row`. */
  const headIndex = (row: number): number => {
    let lo = 0;
    let hi = heads.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (heads[mid]! <= row) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // A few lookups per render (the active event, the selection): remembered, not indexed up front.
  // Walking the rows was 5-20 ms per lookup at 20,000 events, after Add event a walk to the end
  // (the new event is not in the rows of the render before the outline catches up).
  const found = new Map<string, number | undefined>();
  return {
    rows,
    heads,
    eventCount: rows.length - heads.length,
    indexOf(id) {
      if (found.has(id)) return found.get(id);
      let at: number | undefined;
      if (placeOf) at = searchRow(rows, heads, placeOf, id);
      else {
        const i = rows.findIndex((r) => r.kind === 'event' && r.event.id === id);
        at = i < 0 ? undefined : i;
      }
      found.set(id, at);
      return at;
    },
    headOf: (row) => heads[headIndex(row)] ?? 0,
    eventIndexOf: (row) => row - headIndex(row) - 1,
    eventRow(k) {
      // Events before heading h: heads[h] - h. The k-th event is under the last heading with at most k events before it.
      let lo = 0;
      let hi = heads.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (heads[mid]! - mid <= k) lo = mid;
        else hi = mid - 1;
      }
      return k + lo + 1;
    },
  };
}
