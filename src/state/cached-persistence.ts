import { versionOf, type LogEntry, type Persistence, type StoredMeta, type StoredStory, type StoredView } from './persistence';
import type { LibraryEntry } from './types';

/**
 * Keeps every record, log entry and view written in this session in memory in
 * front of the real storage, so that when storage fails (quota, IndexedDB gone)
 * switching between stories still works for as long as the tab is open.
 * Failures still reject, so they are reported. Reads prefer whichever copy is
 * newer: another tab may have moved the stored story on.
 */
export function withMemoryCache(inner: Persistence): Persistence {
  const cache = new Map<string, StoredStory>();
  const log = new Map<string, Map<number, LogEntry>>();
  const views = new Map<string, StoredView>();
  const deleted = new Set<string>();
  let meta: StoredMeta | undefined;
  return {
    close: () => inner.close?.(),
    async listStories() {
      let stored: LibraryEntry[] = [];
      try {
        stored = await inner.listStories();
      } catch (e) {
        if (cache.size === 0) throw e;
      }
      const byKey = new Map(stored.filter((s) => !deleted.has(s.key)).map((s) => [s.key, s]));
      for (const r of cache.values()) if (!byKey.has(r.key)) byKey.set(r.key, { key: r.key, title: r.story.title, updatedAt: r.updatedAt });
      return [...byKey.values()];
    },
    async loadStory(key) {
      if (deleted.has(key)) return undefined;
      const cached = cache.get(key);
      let stored: StoredStory | undefined;
      try {
        stored = await inner.loadStory(key);
      } catch (e) {
        if (!cached) throw e;
      }
      if (cached && (!stored || versionOf(cached) >= versionOf(stored))) return cached;
      return stored;
    },
    async saveStory(record, options) {
      cache.set(record.key, record);
      deleted.delete(record.key);
      const entries = log.get(record.key);
      for (const v of entries?.keys() ?? []) if (v <= versionOf(record)) entries?.delete(v);
      return inner.saveStory(record, options);
    },
    appendLog(entry) {
      const entries = log.get(entry.key) ?? new Map<number, LogEntry>();
      entries.set(entry.version, entry);
      log.set(entry.key, entries);
      deleted.delete(entry.key);
      return inner.appendLog(entry);
    },
    async loadLog(key, afterVersion) {
      const mine = [...(log.get(key)?.values() ?? [])].filter((e) => e.version > afterVersion);
      let stored: LogEntry[] = [];
      try {
        stored = await inner.loadLog(key, afterVersion);
      } catch (e) {
        if (mine.length === 0) throw e;
      }
      // The stored entry wins a version both have: it is the one the other tabs see.
      const byVersion = new Map(mine.map((e) => [e.version, e]));
      for (const e of stored) byVersion.set(e.version, e);
      return [...byVersion.values()].sort((a, b) => a.version - b.version);
    },
    saveView(v) {
      views.set(v.key, v);
      return inner.saveView(v);
    },
    async loadView(key) {
      try {
        return (await inner.loadView(key)) ?? views.get(key);
      } catch (e) {
        if (views.has(key)) return views.get(key);
        throw e;
      }
    },
    async deleteStory(key) {
      cache.delete(key);
      log.delete(key);
      views.delete(key);
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
