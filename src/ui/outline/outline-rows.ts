import type { StoryEvent } from '../../core/model/story';
import type { OutlineGroup } from './filter-events';

/** One line of the virtualized outline: a scale's heading or an event under it. */
export type OutlineRow =
  | { readonly kind: 'head'; readonly scale: string; readonly label: string; readonly shown: number; readonly total: number }
  | { readonly kind: 'event'; readonly scale: string; readonly event: StoryEvent; readonly position: number };

export interface OutlineRows {
  readonly rows: readonly OutlineRow[];
  /** Event id to its index in `rows`, for scrolling to it. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Event ids in display order: what the arrow keys walk through. */
  readonly eventIds: readonly string[];
  /** For each row, the index of the heading it sits under (the sticky one while it scrolls). */
  readonly headOf: readonly number[];
}

/** Flattens the scale groups into headings and event rows; empty groups keep their heading, so "0 of 12" still shows. */
export function outlineRows(groups: readonly OutlineGroup[]): OutlineRows {
  const rows: OutlineRow[] = [];
  const indexOf = new Map<string, number>();
  const eventIds: string[] = [];
  const headOf: number[] = [];
  for (const g of groups) {
    const head = rows.length;
    rows.push({ kind: 'head', scale: g.scale, label: g.label, shown: g.events.length, total: g.total });
    headOf.push(head);
    for (const e of g.events) {
      indexOf.set(e.id, rows.length);
      rows.push({ kind: 'event', scale: g.scale, event: e, position: eventIds.length + 1 });
      headOf.push(head);
      eventIds.push(e.id);
    }
  }
  return { rows, indexOf, eventIds, headOf };
}
