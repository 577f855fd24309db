import type { Persistence, StoredMeta, StoredStory } from './persistence';
import type { LibraryEntry } from './types';

/**
 * Keeps every record written in this session in memory in front of the real
 * storage, so that when storage fails (quota, IndexedDB gone) switching between
 * stories still works for as long as the tab is open. Failures still reject, so
 * they are reported.
 */
export function withMemoryCache(inner: Persistence): Persistence {
  const cache = new Map<string, StoredStory>();
  const deleted = new Set<string>();
  let meta: StoredMeta | undefined;
  return {
    async listStories() {
      let stored: LibraryEntry[] = [];
      try {
        stored = await inner.listStories();
      } catch (e) {
        if (cache.size === 0) throw e;
      }
      const byKey = new Map(stored.filter((s) => !deleted.has(s.key)).map((s) => [s.key, s]));
      for (const r of cache.values()) byKey.set(r.key, { key: r.key, title: r.story.title, updatedAt: r.updatedAt });
      return [...byKey.values()];
    },
    async loadStory(key) {
      if (deleted.has(key)) return undefined;
      return cache.get(key) ?? inner.loadStory(key);
    },
    async saveStory(record) {
      cache.set(record.key, record);
      deleted.delete(record.key);
      await inner.saveStory(record);
    },
    async deleteStory(key) {
      cache.delete(key);
      deleted.add(key);
      await inner.deleteStory(key);
    },
    async loadMeta() {
      return meta ?? inner.loadMeta();
    },
    async saveMeta(m) {
      meta = m;
      await inner.saveMeta(m);
    },
  };
}
