import type { StoryEvent } from '../../core/model/story';
import { LayeredMap } from './layered-map';

/** What a node is built from that changes from one projection to the next, by event. */
export interface NodeInputs {
  readonly events: readonly StoryEvent[];
  readonly marks: ReadonlyMap<string, unknown>;
  readonly positions: ReadonlyMap<string, unknown>;
  readonly weights: ReadonlyMap<string, unknown>;
}

/** Beyond this share of the events, looking at each of them is as quick as working out which. */
const MAX_DIRTY_SHARE = 1 / 4;

const NOTHING: ReadonlySet<never> = new Set();

/** The keys that may map differently in `now` than in `before` (none for the same map); undefined when that cannot be told. */
export function changedKeys<K>(now: ReadonlyMap<K, unknown>, before: ReadonlyMap<K, unknown>): ReadonlySet<K> | undefined {
  if (now === before) return NOTHING;
  return now instanceof LayeredMap ? (now as LayeredMap<K, unknown>).changedSince(before) : undefined;
}

/**
 * Positions in `now.events` of the events whose node may differ from the one built from
 * `before`: an event object replaced, or a key of its mark, position or weight changed.
 * Undefined when every event must be looked at: events added, removed or reordered (then
 * positions do not match), a map that cannot name its changes, or many changes.
 * `indexOf` gives an event id's position; ids sit at the same positions in both lists.
 */
export function dirtyEvents(before: NodeInputs, now: NodeInputs, indexOf: (id: string) => number | undefined): ReadonlySet<number> | undefined {
  const a = before.events;
  const b = now.events;
  if (a.length !== b.length) return undefined;
  const most = b.length * MAX_DIRTY_SHARE;
  // The maps first: when one names many changes (every later event moved), the walk over the events is not needed.
  const changes: ReadonlySet<string>[] = [];
  for (const [n, o] of [
    [now.marks, before.marks],
    [now.positions, before.positions],
    [now.weights, before.weights],
  ] as const) {
    const keys = changedKeys(n, o);
    if (keys === undefined || keys.size > most) return undefined;
    changes.push(keys);
  }
  const dirty = new Set<number>();
  if (a !== b) {
    for (let i = 0; i < b.length; i++) {
      if (a[i] === b[i]) continue;
      if (a[i]!.id !== b[i]!.id) return undefined;
      dirty.add(i);
    }
  }
  for (const keys of changes) {
    for (const id of keys) {
      const i = indexOf(id);
      if (i !== undefined) dirty.add(i);
    }
  }
  return dirty.size > most ? undefined : dirty;
}
