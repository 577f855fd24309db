import type { StoryEvent } from '../../core/model/story';

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

/** Position by id in one events array. */
export interface EventIndex {
  get(id: string): number | undefined;
}

/**
 * The shared table: an id's position in `current`, the newest array it was brought up to date
 * for. It may also hold ids of the end of an older, longer array (removed since): every answer
 * is checked against the array asked about, and for `current` a failed check means the id is
 * not in it.
 */
let table = new Map<string, number>();
let current: readonly StoryEvent[] | null = null;

const indexes = new WeakMap<readonly StoryEvent[], EventIndex>();

/** Length of the common prefix of ids in place, or -1 when one array is not the other plus or minus events at the end. */
function sharedPrefix(a: readonly StoryEvent[], b: readonly StoryEvent[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i]!.id !== b[i]!.id) return -1;
  return n;
}

/** Brings the shared table up to `events`: new ids at the end entered, or the table made again. */
function adopt(events: readonly StoryEvent[]): void {
  const prefix = current ? sharedPrefix(current, events) : -1;
  if (prefix < 0) {
    table = new Map();
    for (let i = 0; i < events.length; i++) table.set(events[i]!.id, i);
  } else for (let i = prefix; i < events.length; i++) table.set(events[i]!.id, i);
  current = events;
}

function indexOver(events: readonly StoryEvent[], shared: Map<string, number>): EventIndex {
  /** This array's own map, made only if the shared table has moved on in a way it cannot answer for. */
  let own: Map<string, number> | null = null;
  return {
    get(id) {
      if (own) return own.get(id);
      const i = shared.get(id);
      if (i !== undefined && events[i]?.id === id) return i;
      if (shared === table && events === current) return undefined;
      // An older array asked after the table changed: the id may sit elsewhere in it.
      own = new Map(events.map((e, k) => [e.id, k]));
      return own.get(id);
    },
  };
}

/** Position of each event of `events` by id. */
export function eventIndex(events: readonly StoryEvent[]): EventIndex {
  let index = indexes.get(events);
  if (!index) {
    adopt(events);
    index = indexOver(events, table);
    indexes.set(events, index);
  }
  return index;
}

/** The event with this id, if `events` has one. */
export function findEvent(events: readonly StoryEvent[], id: string): StoryEvent | undefined {
  const i = eventIndex(events).get(id);
  return i === undefined ? undefined : events[i];
}
