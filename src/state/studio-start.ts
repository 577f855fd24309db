import { parseStory } from '../core/story/load-story';
import { withMemoryCache } from './cached-persistence';
import { loadCurrent } from './durable-log';
import { openIdbPersistence } from './idb-persistence';
import { addAndOpen, freshRecord, newStory } from './library-commands';
import { notify } from './notices';
import { openGuarded, openingElsewhere, takeInterruptedOpen } from './open-guard';
import { markSample } from './samples-commands';
import { createMemoryPersistence, type Persistence, type StoredStory } from './persistence';
import { sortEntries } from './session';
import { reportStorageError } from './storage-errors';
import type { Studio } from './studio-context';
import { withTimeout } from './with-timeout';

/** What a studio starts with: the storage option and where the first-start sample comes from. */
export type PersistenceOption = Persistence | (() => Promise<Persistence>) | undefined;

const SAMPLE_PATH = 'samples/lighthouse.json';

export async function fetchSample(): Promise<string> {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  const response = await fetch(base + SAMPLE_PATH);
  if (!response.ok) throw new Error(`the sample story could not be loaded (HTTP ${response.status})`);
  return response.text();
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}


/** The storage to use, and whether it survives a reload (false: the in-memory fallback). */
export async function openPersistence(
  s: Studio,
  option: PersistenceOption,
  timeoutMs: number,
): Promise<{ persistence: Persistence; durable: boolean }> {
  const open = async (): Promise<Persistence> => {
    if (typeof option === 'function') return option();
    return option ?? openIdbPersistence();
  };
  try {
    const seconds = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    return { persistence: withMemoryCache(await withTimeout(open(), timeoutMs, `storage did not answer within ${seconds}`)), durable: true };
  } catch (e) {
    reportStorageError(s, message(e));
    return { persistence: createMemoryPersistence(), durable: false };
  }
}

/**
 * Opens the last open story (or the most recent one); false when the library is
 * empty or nothing loads. When the last start did not finish opening a story,
 * opens none and comes up in safe mode instead (true: the library is shown).
 */
export async function openStored(s: Studio, persistence: Persistence): Promise<boolean> {
  let entries: readonly { key: string; title: string; updatedAt: number }[] = [];
  try {
    entries = sortEntries(await persistence.listStories());
  } catch (e) {
    reportStorageError(s, message(e));
    return false;
  }
  s.library.setState({ stories: [...entries] });
  if (entries.length === 0) return false;
  const meta = await persistence.loadMeta().catch(() => ({ activeKey: undefined, opening: undefined }));
  const keys = entries.map((e) => e.key);
  const opening = meta.opening && keys.includes(meta.opening.key) ? meta.opening : undefined;
  // An open cut short by a reload or close is tried again; one that never ended otherwise (crash) is not.
  const interrupted = opening !== undefined && takeInterruptedOpen(opening.key);
  if (opening && !interrupted && !(await openingElsewhere(opening.key))) {
    s.library.setState({ safeMode: opening });
    return true;
  }
  const first = interrupted ? opening?.key : meta.activeKey && keys.includes(meta.activeKey) ? meta.activeKey : undefined;
  const order = first ? [first, ...keys.filter((k) => k !== first)] : keys;
  for (const key of order) {
    let record: StoredStory | undefined;
    try {
      record = (await loadCurrent(persistence, key))?.record;
    } catch (e) {
      reportStorageError(s, message(e));
    }
    if (record && (await openGuarded(s, record))) return true;
  }
  return false;
}

/** First start: the bundled sample, already analysed once the worker answers. */
export async function openSample(s: Studio, load: () => Promise<string>): Promise<void> {
  try {
    const result = parseStory(await load());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    await addAndOpen(s, freshRecord(s, markSample(result.story, 'lighthouse')));
  } catch (e) {
    notify(s, 'error', `The sample story could not be opened: ${message(e)}`);
    await newStory(s);
  }
}

