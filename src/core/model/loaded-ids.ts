import type { StoryEvent, StoryLink } from './story';

/**
 * What the loader's fast path already computed while validating a story: the event id →
 * index map, each link's end indices, and each event's scale index and time. When the host asks for it
 * (`loadStory(value, { handOverIds: true })`, as `nao` does), the first index built over the
 * same arrays takes them instead of hashing every id again (on a 100k-event file that is
 * 100k map insertions and 600k lookups, done twice otherwise). Taken once: the index owns
 * them afterwards, so nothing it does can reach a later index through this hand-off.
 */
export interface LoadedIds {
  readonly events: readonly StoryEvent[];
  /** Every event id to its index, in event order (ids are unique). */
  readonly eventIndex: ReadonlyMap<string, number>;
  /** Source and target event index of every link (every link's ends exist). */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Each event's scale, as its index among the story's scales (every event's scale is declared). */
  readonly scaleIdx: Int32Array;
  /** Each event's time (every time is finite). */
  readonly time: Float64Array;
}

const handed = new WeakMap<readonly StoryLink[], LoadedIds>();

/** Called by the loader for a story it validated: `links` is the story's link array. */
export function handOverLoadedIds(links: readonly StoryLink[], ids: LoadedIds): void {
  handed.set(links, ids);
}

/** The ids computed at load time for exactly these arrays, once; undefined otherwise. */
export function takeLoadedIds(events: readonly StoryEvent[], links: readonly StoryLink[]): LoadedIds | undefined {
  const ids = handed.get(links);
  if (ids === undefined) return undefined;
  handed.delete(links);
  return ids.events === events && ids.linkFrom.length === links.length ? ids : undefined;
}
