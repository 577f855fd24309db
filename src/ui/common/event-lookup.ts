import type { StoryEvent } from '../../core/model/story';
import { growingIndex, type GrowingIndex, type PositionIndex } from './growing-index';

/**
 * Events by id, for the panels, the tooltip and the Inspector, which each look up the selected
 * or hovered event on every render. A story's events are in file order, which need not be
 * time or id order, so a search runs through thousands of events at 20,000 (5-16 ms per
 * search in the render after an edit). One id table is shared by the arrays an editing session
 * goes through: an edit that keeps every id in its place (a time, a title, an intensity) uses
 * it as it is, one that adds events at the end (Add event, Redo) or removes them from the end
 * (its Undo) enters only the new ids. Building a 20,000-entry map again after each of those was
 * 6-19 ms in the click's task after Add event.
 */

const indexes = new WeakMap<readonly StoryEvent[], GrowingIndex<StoryEvent>>();
/** The index made last: the one the next array (an edit's) is most likely to extend. */
let newest: GrowingIndex<StoryEvent> | null = null;
const idOf = (e: StoryEvent): string => e.id;

/** Position of each event of `events` by id. */
export function eventIndex(events: readonly StoryEvent[]): PositionIndex {
  let index = indexes.get(events);
  if (!index) {
    index = newest = growingIndex(events, idOf, newest);
    indexes.set(events, index);
  }
  return index;
}

/** The event with this id, if `events` has one. */
export function findEvent(events: readonly StoryEvent[], id: string): StoryEvent | undefined {
  const i = eventIndex(events).get(id);
  return i === undefined ? undefined : events[i];
}
