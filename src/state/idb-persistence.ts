import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Persistence, StoredMeta, StoredStory } from './persistence';
import type { LibraryEntry } from './types';

interface StudioDb extends DBSchema {
  stories: { key: string; value: StoredStory };
  library: { key: string; value: LibraryEntry };
  meta: { key: string; value: StoredMeta };
}

const DB_NAME = 'arc-studio';
const META_KEY = 'meta';

/**
 * IndexedDB persistence through idb. The library index is its own object store
 * so that listing stories never loads them; a story and its entry are written
 * in one transaction so they cannot disagree.
 */
export async function openIdbPersistence(name = DB_NAME): Promise<Persistence> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
  const db: IDBPDatabase<StudioDb> = await openDB<StudioDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore('stories', { keyPath: 'key' });
      d.createObjectStore('library', { keyPath: 'key' });
      d.createObjectStore('meta');
    },
  });
  return {
    listStories: () => db.getAll('library'),
    loadStory: (key) => db.get('stories', key),
    async saveStory(record) {
      const tx = db.transaction(['stories', 'library'], 'readwrite');
      await Promise.all([
        tx.objectStore('stories').put(record),
        tx.objectStore('library').put({ key: record.key, title: record.story.title, updatedAt: record.updatedAt }),
        tx.done,
      ]);
    },
    async deleteStory(key) {
      const tx = db.transaction(['stories', 'library'], 'readwrite');
      await Promise.all([tx.objectStore('stories').delete(key), tx.objectStore('library').delete(key), tx.done]);
    },
    loadMeta: async () => (await db.get('meta', META_KEY)) ?? {},
    async saveMeta(meta) {
      await db.put('meta', meta, META_KEY);
    },
  };
}
