import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Story } from '../core/model/story';
import { versionOf, type AppendOutcome, type LogEntry, type Persistence, type StoredMeta, type StoredStory, type StoredView } from './persistence';
import { runSliced } from './sliced-work';
import { decodeStory, StoryEncoder } from './story-codec';
import type { LibraryEntry } from './types';

/**
 * A snapshot's story as the `stories` row holds it: the rest of the story and how many JSON chunks of
 * events and links it has (each chunk a record of the `chunks` store, story-codec.ts), or as objects in
 * rows written before version 3. `writer` says which save wrote the chunks last.
 */
interface ChunkedStory {
  readonly codec: 'chunk-store';
  readonly rest: Story;
  readonly events: number;
  readonly links: number;
  readonly writer: string;
}
type StoredRow = Omit<StoredStory, 'story'> & { readonly story: Story | ChunkedStory };
type ChunkKey = [string, 'e' | 'l', number];

const isChunked = (story: StoredRow['story']): story is ChunkedStory => (story as { codec?: unknown }).codec === 'chunk-store';

/** The chunk keys of one kind of one story from `from` on (all of them by default, or up to `count`). */
function chunkRange(key: string, kind: 'e' | 'l', from = 0, count = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([key, kind, from], [key, kind, count - 1 < from ? from : count - 1]);
}

interface StudioDb extends DBSchema {
  stories: { key: string; value: StoredRow };
  chunks: { key: ChunkKey; value: string };
  library: { key: string; value: LibraryEntry };
  /** The stored snapshot's version per story, so that checking it never reads the story itself. */
  heads: { key: string; value: number };
  meta: { key: string; value: StoredMeta };
  log: { key: [string, number]; value: LogEntry };
  views: { key: string; value: StoredView };
}

const DB_NAME = 'arc-studio';
/** 3: snapshots keep their story as JSON chunks in the `chunks` store. Nothing to migrate (older rows are read as they are), but a tab still running older code is closed out rather than left to read rows it does not understand. */
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
      if (oldVersion < 3) d.createObjectStore('chunks');
    },
    // A tab with a newer version of the app wants to upgrade: let it (this tab's writes then fail and say so).
    blocking() {
      db.close();
    },
  });
  // Remembers the chunks of the last story saved: the next save of it makes only the chunks an edit touched.
  const encoder = new StoryEncoder();
  // Per story, the chunk texts this connection wrote last and the writer stamp it left: while the row still
  // carries that stamp, only chunks whose text differs are written (an edit: one of 160 at 20,000 events).
  const written = new Map<string, { readonly writer: string; readonly events: readonly string[]; readonly links: readonly string[] }>();
  const connection = Math.random().toString(36).slice(2);
  let saves = 0;
  return {
    close: () => db.close(),
    listStories: () => db.getAll('library'),
    async loadStory(key) {
      const tx = db.transaction(['stories', 'chunks'], 'readonly');
      const row = await tx.objectStore('stories').get(key);
      if (!row) return undefined;
      if (!isChunked(row.story)) return row as StoredStory;
      const { rest, events: eventChunks, links: linkChunks } = row.story;
      const [events, links] = await Promise.all([
        eventChunks === 0 ? [] : tx.objectStore('chunks').getAll(chunkRange(key, 'e', 0, eventChunks)),
        linkChunks === 0 ? [] : tx.objectStore('chunks').getAll(chunkRange(key, 'l', 0, linkChunks)),
      ]);
      if (events.length !== eventChunks || links.length !== linkChunks) throw new Error(`the stored story "${rest.title}" is incomplete`);
      return { ...row, story: decodeStory({ codec: 'json-chunks', rest, events, links }) };
    },
    async saveStory(record, options) {
      // Before the transaction: it could not stay open across the pauses between slices.
      const encoded = await runSliced(encoder.steps(record.story), options?.slices);
      const writer = `${connection}:${++saves}`;
      const row: StoredRow = { ...record, story: { codec: 'chunk-store', rest: encoded.rest, events: encoded.events.length, links: encoded.links.length, writer } };
      const tx = db.transaction(['stories', 'library', 'log', 'heads', 'chunks'], 'readwrite');
      const [head, current] = await Promise.all([tx.objectStore('heads').get(record.key), tx.objectStore('stories').get(record.key)]);
      if (head !== undefined && head > versionOf(record)) {
        await tx.done;
        return false;
      }
      // Someone else wrote this story's chunks since (another tab, a deletion): all of them are written.
      const mine = written.get(record.key);
      const known = mine && current && isChunked(current.story) && current.story.writer === mine.writer ? mine : undefined;
      const chunks = tx.objectStore('chunks');
      const writes: Promise<unknown>[] = [];
      for (const [kind, texts, before] of [
        ['e', encoded.events, known?.events],
        ['l', encoded.links, known?.links],
      ] as const) {
        texts.forEach((text, i) => {
          if (before?.[i] !== text) writes.push(chunks.put(text, [record.key, kind, i]));
        });
        writes.push(chunks.delete(chunkRange(record.key, kind, texts.length)));
      }
      await Promise.all([
        ...writes,
        tx.objectStore('stories').put(row),
        tx.objectStore('library').put({ key: record.key, title: record.story.title, updatedAt: record.updatedAt }),
        tx.objectStore('heads').put(versionOf(record), record.key),
        tx.objectStore('log').delete(logRange(record.key, -1, versionOf(record))),
        tx.done,
      ]);
      written.set(record.key, { writer, events: encoded.events, links: encoded.links });
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
      written.delete(key);
      const tx = db.transaction(['stories', 'library', 'log', 'views', 'heads', 'chunks'], 'readwrite');
      await Promise.all([
        tx.objectStore('chunks').delete(chunkRange(key, 'e')),
        tx.objectStore('chunks').delete(chunkRange(key, 'l')),
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
