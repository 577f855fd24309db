import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Story } from '../core/model/story';
import { versionOf, type AppendOutcome, type LogEntry, type Persistence, type StoredMeta, type StoredStory, type StoredView } from './persistence';
import { runSliced } from './sliced-work';
import { decodeStory, isEncodedStory, StoryEncoder, type EncodedStory } from './story-codec';
import type { LibraryEntry } from './types';

/** A stored snapshot: its story as JSON chunks (story-codec.ts), or as objects in records written before version 3. */
type StoredRow = Omit<StoredStory, 'story'> & { readonly story: Story | EncodedStory };

interface StudioDb extends DBSchema {
  stories: { key: string; value: StoredRow };
  library: { key: string; value: LibraryEntry };
  /** The stored snapshot's version per story, so that checking it never reads the story itself. */
  heads: { key: string; value: number };
  meta: { key: string; value: StoredMeta };
  log: { key: [string, number]; value: LogEntry };
  views: { key: string; value: StoredView };
}

const DB_NAME = 'arc-studio';
/** 3: snapshots keep their story as JSON chunks. Nothing to migrate (older rows are read as they are), but a tab still running older code is closed out rather than left to read rows it does not understand. */
const DB_VERSION = 3;
const META_KEY = 'meta';

/** All log keys of one story above `after` (exclusive). */
function logRange(key: string, after: number, upTo = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([key, after], [key, upTo], true, false);
}

/**
 * IndexedDB persistence through idb. The library index is its own object store
 * so that listing stories never loads them; a story and its entry are written
 * in one transaction so they cannot disagree. Every change is first an entry of
 * the `log` store keyed [story, version]: `add` refuses a version another tab
 * already wrote, which is the whole conflict check between tabs.
 */
export async function openIdbPersistence(name = DB_NAME): Promise<Persistence> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
  const db: IDBPDatabase<StudioDb> = await openDB<StudioDb>(name, DB_VERSION, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('stories', { keyPath: 'key' });
        d.createObjectStore('library', { keyPath: 'key' });
        d.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        d.createObjectStore('log', { keyPath: ['key', 'version'] });
        d.createObjectStore('views', { keyPath: 'key' });
        d.createObjectStore('heads');
      }
    },
    // A tab with a newer version of the app wants to upgrade: let it (this tab's writes then fail and say so).
    blocking() {
      db.close();
    },
  });
  // Remembers the chunks of the last story saved: the next save of it makes only the chunks an edit touched.
  const encoder = new StoryEncoder();
  return {
    close: () => db.close(),
    listStories: () => db.getAll('library'),
    async loadStory(key) {
      const row = await db.get('stories', key);
      if (!row) return undefined;
      return isEncodedStory(row.story) ? { ...row, story: decodeStory(row.story) } : (row as StoredStory);
    },
    async saveStory(record, options) {
      // Before the transaction: it could not stay open across the pauses between slices.
      const story = await runSliced(encoder.steps(record.story), options?.slices);
      const row: StoredRow = { ...record, story };
      const tx = db.transaction(['stories', 'library', 'log', 'heads'], 'readwrite');
      const head = await tx.objectStore('heads').get(record.key);
      if (head !== undefined && head > versionOf(record)) {
        await tx.done;
        return false;
      }
      await Promise.all([
        tx.objectStore('stories').put(row),
        tx.objectStore('library').put({ key: record.key, title: record.story.title, updatedAt: record.updatedAt }),
        tx.objectStore('heads').put(versionOf(record), record.key),
        tx.objectStore('log').delete(logRange(record.key, -1, versionOf(record))),
        tx.done,
      ]);
      return true;
    },
    appendLog(entry) {
      // Every request is issued now, in the caller's task, and the transaction is told to commit at once:
      // the write does not depend on this page living on.
      const tx = db.transaction(['log', 'library', 'heads'], 'readwrite');
      const added = tx.objectStore('log').add(entry);
      const head = tx.objectStore('heads').get(entry.key);
      const put = tx.objectStore('library').put({ key: entry.key, title: entry.title, updatedAt: entry.updatedAt });
      tx.commit();
      return settleAppend(entry, added, head, put, tx.done);
    },
    loadLog: (key, afterVersion) => db.getAll('log', logRange(key, afterVersion)),
    async saveView(v) {
      // Issued and committed now, like appendLog: a layout switch just before a reload is kept too.
      const tx = db.transaction('views', 'readwrite');
      const put = tx.store.put(v);
      tx.commit();
      await Promise.all([put, tx.done]);
    },
    loadView: (key) => db.get('views', key),
    async deleteStory(key) {
      const tx = db.transaction(['stories', 'library', 'log', 'views', 'heads'], 'readwrite');
      await Promise.all([
        tx.objectStore('stories').delete(key),
        tx.objectStore('library').delete(key),
        tx.objectStore('log').delete(logRange(key, -1)),
        tx.objectStore('views').delete(key),
        tx.objectStore('heads').delete(key),
        tx.done,
      ]);
    },
    loadMeta: async () => (await db.get('meta', META_KEY)) ?? {},
    async saveMeta(meta) {
      await db.put('meta', meta, META_KEY);
    },
  };
}

/** The outcome of an append once its transaction finished: a taken version is a conflict, any other failure an error. */
async function settleAppend(
  entry: LogEntry,
  added: Promise<unknown>,
  head: Promise<number | undefined>,
  put: Promise<unknown>,
  done: Promise<void>,
): Promise<AppendOutcome> {
  const [addResult, headResult, , doneResult] = await Promise.allSettled([added, head, put, done]);
  if (addResult.status === 'rejected') {
    if (addResult.reason instanceof DOMException && addResult.reason.name === 'ConstraintError') return 'conflict';
    throw addResult.reason;
  }
  if (doneResult.status === 'rejected') throw doneResult.reason;
  // A snapshot at or past this version was compacted from another tab's log: this entry is not part of the story.
  const snapshotVersion = headResult.status === 'fulfilled' ? (headResult.value ?? 0) : 0;
  return snapshotVersion >= entry.version ? 'conflict' : 'saved';
}
