import type { StoryEvent } from '../../core/model/story';

/**
 * Events by id, for the panels, the tooltip and the Inspector, which each look up the selected
 * or hovered event on every render. A story's events are in file order, which need not be
 * time or id order, so a search runs through thousands of events at 20,000 (5-16 ms per
 * search in the render after an edit). One index per events array is shared by all; an edit
 * that replaces event objects but keeps every id in its place (a time, a title, an intensity)
 * carries the previous array's index over after comparing the ids, instead of building a
 * 20,000-entry map again.
 */

const indexes = new WeakMap<readonly StoryEvent[], ReadonlyMap<string, number>>();
/** The array indexed last: the one an edit's new array is most likely to share its ids with. */
let last: { readonly events: readonly StoryEvent[]; readonly index: ReadonlyMap<string, number> } | null = null;

function sameIdsInPlace(a: readonly StoryEvent[], b: readonly StoryEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

/** Position of each event of `events` by id. */
export function eventIndex(events: readonly StoryEvent[]): ReadonlyMap<string, number> {
  let index = indexes.get(events);
  if (!index) {
    index = last && sameIdsInPlace(last.events, events) ? last.index : new Map(events.map((e, i) => [e.id, i]));
    indexes.set(events, index);
  }
  if (last?.events !== events) last = { events, index };
  return index;
}

/** The event with this id, if `events` has one. */
export function findEvent(events: readonly StoryEvent[], id: string): StoryEvent | undefined {
  const i = eventIndex(events).get(id);
  return i === undefined ? undefined : events[i];
}
