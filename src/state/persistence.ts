import type { Story } from '../core/model/story';
import type { History } from './history';
import type { LibraryEntry, Selection, ViewState } from './types';

/** Everything saved for one story: the document, its session's undo history, selection and view. */
export interface StoredStory {
  readonly key: string;
  readonly story: Story;
  readonly history: History;
  readonly selection: Selection;
  readonly view: ViewState;
  readonly updatedAt: number;
}

/** Library-wide settings kept beside the stories. */
export interface StoredMeta {
  readonly activeKey?: string;
}

/**
 * Where the studio keeps its work. The app uses IndexedDB (idb-persistence.ts);
 * tests and a browser without storage use the in-memory one. Every method may
 * reject (quota, blocked database): callers report that and carry on in memory.
 */
export interface Persistence {
  /** The library index, without loading the stories. */
  listStories(): Promise<LibraryEntry[]>;
  loadStory(key: string): Promise<StoredStory | undefined>;
  /** Saves a story and its library entry together. */
  saveStory(record: StoredStory): Promise<void>;
  deleteStory(key: string): Promise<void>;
  loadMeta(): Promise<StoredMeta>;
  saveMeta(meta: StoredMeta): Promise<void>;
}

/** A Persistence that keeps everything in memory (tests; fallback when IndexedDB is unavailable). */
export function createMemoryPersistence(): Persistence & { readonly records: Map<string, StoredStory> } {
  const records = new Map<string, StoredStory>();
  let meta: StoredMeta = {};
  return {
    records,
    listStories: async () =>
      [...records.values()].map((r) => ({ key: r.key, title: r.story.title, updatedAt: r.updatedAt })),
    loadStory: async (key) => records.get(key),
    saveStory: async (record) => {
      // A structured clone, as IndexedDB would make: later in-memory changes must not leak into the saved copy.
      records.set(record.key, structuredClone(record));
    },
    deleteStory: async (key) => {
      records.delete(key);
    },
    loadMeta: async () => meta,
    saveMeta: async (m) => {
      meta = { ...m };
    },
  };
}
