import type { StoryEvent } from '../../core/model/story';
import { findEvent } from './event-lookup';

/** Titles of events by id, looked up as few or as many times as a panel needs. */
export interface EventTitles {
  /** The event's title, or the id when there is no such event. */
  title(id: string): string;
  has(id: string): boolean;
}

/** Event titles by id for one events array (event-lookup.ts: one index shared by every panel). */
export function eventTitles(events: readonly StoryEvent[]): EventTitles {
  return {
    title: (id) => findEvent(events, id)?.title ?? id,
    has: (id) => findEvent(events, id) !== undefined,
  };
}
