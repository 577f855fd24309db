import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import type { History } from './history';
import type { Slicer } from './sliced-work';
import type { LibraryEntry, Selection, ViewState } from './types';

/** Everything saved for one story: the document, its session's undo history, selection and view. */
export interface StoredStory {
  readonly key: string;
  readonly story: Story;
  readonly history: History;
  readonly selection: Selection;
  readonly view: ViewState;
  readonly updatedAt: number;
  /**
   * How many changes the stored story has had (the durable log's sequence number);
   * absent in records written before the log existed, read as 0.
   */
  readonly version?: number;
}

/** A story that began opening and has not yet shown its first analysis (see open-guard.ts). */
export interface OpeningMarker {
  readonly key: string;
  readonly title: string;
}

/** Library-wide settings kept beside the stories. */
export interface StoredMeta {
  /** The story open last; set only once it opened successfully. */
  readonly activeKey?: string;
  /** Set while a story opens; still there at the next start means that open failed (crash, hang). */
  readonly opening?: OpeningMarker;
}

/**
 * One committed change of a story, written in the same task as the change
 * (durable-log.ts). `version` is the story's version after it; the stored snapshot
 * plus the entries after its version, in order, give the current story.
 */
export interface LogEntry {
  readonly key: string;
  readonly version: number;
  readonly ops: readonly EditOp[];
  /** The writing tab's undo history after the change (a reload restores it). */
  readonly history: History;
  readonly title: string;
  readonly updatedAt: number;
}

/** The per-story view state (selection, layout, zoom, filters), saved apart from the story on every change. */
export interface StoredView {
  readonly key: string;
  readonly selection: Selection;
  readonly view: ViewState;
}

/**
 * 'saved': stored. 'conflict': another tab stored a change at that version first
 * (or the stored snapshot is already newer): this entry is not part of the story.
 */
export type AppendOutcome = 'saved' | 'conflict';

export interface SaveOptions {
  /** Spread the work of preparing the record over tasks (idle-time autosave); without it, all at once. */
  readonly slices?: Slicer;
}

/**
 * Where the studio keeps its work. The app uses IndexedDB (idb-persistence.ts);
 * tests and a browser without storage use the in-memory one. Every method may
 * reject (quota, blocked database): callers report that and carry on in memory.
 */
export interface Persistence {
  /** The library index, without loading the stories. */
  listStories(): Promise<LibraryEntry[]>;
  /** The stored snapshot only; durable-log.ts `loadCurrent` adds the log and the view. */
  loadStory(key: string): Promise<StoredStory | undefined>;
  /**
   * Saves a story snapshot and its library entry together, and drops the log entries
   * it includes. A snapshot older than the stored one is not written (false).
   */
  saveStory(record: StoredStory, options?: SaveOptions): Promise<boolean>;
  /**
   * Appends one change to the story's log. Implementations must issue the write
   * before returning (same task as the change), so that it lands even if the page
   * goes away right after; the promise only reports the outcome.
   */
  appendLog(entry: LogEntry): Promise<AppendOutcome>;
  /** Log entries of a story with a version above `afterVersion`, oldest first. */
  loadLog(key: string, afterVersion: number): Promise<LogEntry[]>;
  saveView(view: StoredView): Promise<void>;
  loadView(key: string): Promise<StoredView | undefined>;
  /** Deletes the story, its log and its view. */
  deleteStory(key: string): Promise<void>;
  loadMeta(): Promise<StoredMeta>;
  saveMeta(meta: StoredMeta): Promise<void>;
  /** Releases the storage (the IndexedDB connection); the studio that opened it calls this when disposed. */
  close?(): void;
}

/** The version of a stored record (0 for records from before the log). */
export function versionOf(record: { readonly version?: number }): number {
  return record.version ?? 0;
}

/** A Persistence that keeps everything in memory (tests; fallback when IndexedDB is unavailable). */
export function createMemoryPersistence(): Persistence & {
  readonly records: Map<string, StoredStory>;
  readonly log: Map<string, LogEntry[]>;
} {
  const records = new Map<string, StoredStory>();
  const log = new Map<string, LogEntry[]>();
  const views = new Map<string, StoredView>();
  let meta: StoredMeta = {};
  return {
    records,
    log,
    listStories: async () =>
      [...records.values()].map((r) => ({ key: r.key, title: r.story.title, updatedAt: r.updatedAt })),
    loadStory: async (key) => records.get(key),
    saveStory: async (record) => {
      const stored = records.get(record.key);
      if (stored && versionOf(stored) > versionOf(record)) return false;
      // A structured clone, as IndexedDB would make: later in-memory changes must not leak into the saved copy.
      records.set(record.key, structuredClone(record));
      log.set(record.key, (log.get(record.key) ?? []).filter((e) => e.version > versionOf(record)));
      return true;
    },
    appendLog: async (entry) => {
      const entries = log.get(entry.key) ?? [];
      const stored = records.get(entry.key);
      // The same two checks as IndexedDB's: the version is free, and not already inside the snapshot.
      if (entries.some((e) => e.version === entry.version)) return 'conflict';
      if (stored && versionOf(stored) >= entry.version) return 'conflict';
      log.set(entry.key, [...entries, structuredClone(entry)].sort((a, b) => a.version - b.version));
      return 'saved';
    },
    loadLog: async (key, afterVersion) => (log.get(key) ?? []).filter((e) => e.version > afterVersion),
    saveView: async (v) => {
      views.set(v.key, structuredClone(v));
    },
    loadView: async (key) => views.get(key),
    deleteStory: async (key) => {
      records.delete(key);
      log.delete(key);
      views.delete(key);
    },
    loadMeta: async () => meta,
    saveMeta: async (m) => {
      meta = { ...m };
    },
  };
}
