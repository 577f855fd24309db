import type { StoryEvent } from '../../core/model/story';

/** Titles of events by id, looked up as few or as many times as a panel needs. */
export interface EventTitles {
  /** The event's title, or the id when there is no such event. */
  title(id: string): string;
  has(id: string): boolean;
}

/** Lookups before an index of every event is made: a panel showing one title never pays for a map of 20,000. */
const SCANS_BEFORE_INDEX = 4;

/**
 * Event titles by id for one events array: the first few lookups search the array
 * (well under a millisecond each at 20,000 events), after that a map is built once.
 * A map of every event made per edit cost several ms at 20,000 events in the edit's render.
 */
export function eventTitles(events: readonly StoryEvent[]): EventTitles {
  let index: ReadonlyMap<string, StoryEvent> | null = null;
  let scans = 0;
  const find = (id: string): StoryEvent | undefined => {
    if (index === null && scans++ < SCANS_BEFORE_INDEX) return events.find((e) => e.id === id);
    index ??= new Map(events.map((e) => [e.id, e]));
    return index.get(id);
  };
  return {
    title: (id) => find(id)?.title ?? id,
    has: (id) => find(id) !== undefined,
  };
}
