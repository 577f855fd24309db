import type { Story, StoryEvent, StoryLink } from '../core/model/story';

/**
 * A story as IndexedDB keeps it: its events and links as JSON text in chunks, the
 * rest as it is. Storing a 20,000-event story as objects had IndexedDB clone the whole
 * object graph in one task (150-700 ms); JSON text is cloned as a block of bytes, and
 * the text is made in chunks that can run in separate tasks (`encodeSteps`) and that
 * the next save reuses where the events and links are the same objects (an edit
 * replaces a few of them).
 */
export interface EncodedStory {
  readonly codec: 'json-chunks';
  /** The story with `events` and `links` empty (kept, so that the keys keep their order). */
  readonly rest: Story;
  /** Each a JSON array of up to CHUNKS.events events, in order. */
  readonly events: readonly string[];
  readonly links: readonly string[];
}

/** How many events and links go into one chunk. */
export interface ChunkSizes {
  readonly events: number;
  readonly links: number;
}

/**
 * Chunks of 64 KB and more: Chromium stores such a value in a file of its own and a smaller
 * one in its database, where a fresh 20,000-event story took 834 ms (median) in 312 chunks of
 * 7-52 KB against 214 ms in 50 chunks of these sizes (`npm run bench:storage`; docs/BENCHMARKS.md,
 * "Storing an imported story"). An event of a story is 65-210 characters of JSON, a link 40-80;
 * a chunk of dense events is about 1-2 ms of JSON.stringify, still a short step of an idle-time save.
 */
export const CHUNKS: ChunkSizes = { events: 1024, links: 2048 };

export function isEncodedStory(value: unknown): value is EncodedStory {
  return typeof value === 'object' && value !== null && (value as { codec?: unknown }).codec === 'json-chunks';
}

export function decodeStory(encoded: EncodedStory): Story {
  return { ...encoded.rest, events: concatChunks<StoryEvent>(encoded.events), links: concatChunks<StoryLink>(encoded.links) };
}

function concatChunks<T>(chunks: readonly string[]): T[] {
  const out: T[] = [];
  for (const c of chunks) for (const item of JSON.parse(c) as T[]) out.push(item);
  return out;
}

interface Chunk<T> {
  /** The items this text was made from, compared by identity. */
  readonly items: readonly T[];
  readonly json: string;
}

/**
 * Encodes stories, remembering the chunks of what it encoded last: a chunk whose
 * items are the same objects as before is not made again. One encoder per storage.
 */
export class StoryEncoder {
  private events: Chunk<StoryEvent>[] = [];
  private links: Chunk<StoryLink>[] = [];

  private readonly sizes: ChunkSizes;

  /** `chunk`: the sizes, or one size for both (tests). */
  constructor(chunk: number | ChunkSizes = CHUNKS) {
    this.sizes = typeof chunk === 'number' ? { events: chunk, links: chunk } : chunk;
  }

  /** Encodes at once. */
  encode(story: Story): EncodedStory {
    const steps = this.steps(story);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Encoding as steps, each about one chunk of work (reused chunks cost nearly nothing
   * and do not count as a step), so that a caller can spread them over tasks. The story
   * is immutable, so the steps may run while other versions of it come and go.
   */
  *steps(story: Story): Generator<void, EncodedStory, void> {
    const events = yield* chunksOf(story.events, this.events, this.sizes.events);
    const links = yield* chunksOf(story.links, this.links, this.sizes.links);
    return { codec: 'json-chunks', rest: { ...story, events: [], links: [] }, events, links };
  }
}

/** The JSON chunks of `items`, taking each from `cache` (updated in place) when its items are the same objects. */
function* chunksOf<T>(items: readonly T[], cache: Chunk<T>[], size: number): Generator<void, string[], void> {
  const count = Math.ceil(items.length / size);
  const out: string[] = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const from = k * size;
    const to = Math.min(items.length, from + size);
    const cached = cache[k];
    if (cached && sameItems(cached.items, items, from, to)) {
      out[k] = cached.json;
      continue;
    }
    const slice = items.slice(from, to);
    const chunk = { items: slice, json: JSON.stringify(slice) };
    cache[k] = chunk;
    out[k] = chunk.json;
    yield;
  }
  cache.length = count;
  return out;
}

function sameItems<T>(cached: readonly T[], items: readonly T[], from: number, to: number): boolean {
  if (cached.length !== to - from) return false;
  for (let i = from; i < to; i++) if (cached[i - from] !== items[i]) return false;
  return true;
}
