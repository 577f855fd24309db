import { parseStory } from '../core/story/load-story';
import { Autosaver } from './autosave';
import { createBrowserWorkerHost } from './browser-worker-host';
import { withMemoryCache } from './cached-persistence';
import { openIdbPersistence } from './idb-persistence';
import { loadCurrent } from './durable-log';
import { DurableWriter } from './durable-writer';
import { addAndOpen, freshRecord, newStory } from './library-commands';
import { notify } from './notices';
import { openGuarded, openingElsewhere, takeInterruptedOpen } from './open-guard';
import { createMemoryPersistence, type Persistence, type StoredStory } from './persistence';
import { queryClient } from './query-client';
import { session, snapshot, sortEntries } from './session';
import { changeLost, openTabChannel, receiveChange } from './tab-sync';
import { withTimeout } from './with-timeout';
import { saveViewOnChange } from './view-saver';
import { reportStorageError } from './storage-errors';
import { openConfirmed } from './open-guard';
import { documentStore, libraryStore, resetStores } from './stores';
import { WorkerClient } from './worker-client';
import type { WorkerHostFactory } from './worker-host';
import { EMPTY_HISTORY } from './history';
import { markSample } from './samples-commands';

export interface StudioOptions {
  /** Where stories are kept; default IndexedDB, falling back to memory (with a notice) when it cannot open. */
  readonly persistence?: Persistence | (() => Promise<Persistence>);
  /** How the orchestrator is started; default a Web Worker. */
  readonly workerHost?: WorkerHostFactory;
  /** The story JSON opened on first start; default fetches /samples/lighthouse.json. */
  readonly loadSample?: () => Promise<string>;
  /** Autosave debounce. */
  readonly autosaveDelayMs?: number;
  /** Listen to pagehide/visibilitychange to flush saves (default true when a window exists). */
  readonly pageEvents?: boolean;
  /** How long opening storage may take before the studio goes on in memory (default 3 s). */
  readonly storageTimeoutMs?: number;
  /** Announce changes to other tabs and take in theirs (default true where BroadcastChannel exists). */
  readonly tabSync?: boolean;
}

/** An IndexedDB that never answers (seen in private windows and with broken profiles) must not keep "Loading…" forever. */
const STORAGE_TIMEOUT_MS = 3000;

/** A running studio: `stop` flushes and releases everything (tests; hot reload). */
export interface StudioHandle {
  stop(): Promise<void>;
  flush(): Promise<void>;
}

const SAMPLE_PATH = 'samples/lighthouse.json';

async function fetchSample(): Promise<string> {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  const response = await fetch(base + SAMPLE_PATH);
  if (!response.ok) throw new Error(`the sample story could not be loaded (HTTP ${response.status})`);
  return response.text();
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}


/** The storage to use, and whether it survives a reload (false: the in-memory fallback). */
async function openPersistence(
  option: StudioOptions['persistence'],
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
    reportStorageError(message(e));
    return { persistence: createMemoryPersistence(), durable: false };
  }
}

/**
 * Opens the last open story (or the most recent one); false when the library is
 * empty or nothing loads. When the last start did not finish opening a story,
 * opens none and comes up in safe mode instead (true: the library is shown).
 */
async function openStored(persistence: Persistence): Promise<boolean> {
  let entries: readonly { key: string; title: string; updatedAt: number }[] = [];
  try {
    entries = sortEntries(await persistence.listStories());
  } catch (e) {
    reportStorageError(message(e));
    return false;
  }
  libraryStore.setState({ stories: [...entries] });
  if (entries.length === 0) return false;
  const meta = await persistence.loadMeta().catch(() => ({ activeKey: undefined, opening: undefined }));
  const keys = entries.map((e) => e.key);
  const opening = meta.opening && keys.includes(meta.opening.key) ? meta.opening : undefined;
  // An open cut short by a reload or close is tried again; one that never ended otherwise (crash) is not.
  const interrupted = opening !== undefined && takeInterruptedOpen(opening.key);
  if (opening && !interrupted && !(await openingElsewhere(opening.key))) {
    libraryStore.setState({ safeMode: opening });
    return true;
  }
  const first = interrupted ? opening?.key : meta.activeKey && keys.includes(meta.activeKey) ? meta.activeKey : undefined;
  const order = first ? [first, ...keys.filter((k) => k !== first)] : keys;
  for (const key of order) {
    let record: StoredStory | undefined;
    try {
      record = (await loadCurrent(persistence, key))?.record;
    } catch (e) {
      reportStorageError(message(e));
    }
    if (record && (await openGuarded(record))) return true;
  }
  return false;
}

/** First start: the bundled sample, already analysed once the worker answers. */
async function openSample(load: () => Promise<string>): Promise<void> {
  try {
    const result = parseStory(await load());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    await addAndOpen(freshRecord(markSample(result.story, 'lighthouse')));
  } catch (e) {
    notify('error', `The sample story could not be opened: ${message(e)}`);
    await newStory();
  }
}

/**
 * Starts the studio: storage, the analysis worker, the last open story (or the
 * sample on first start), autosave. Call once before rendering.
 */
export async function startStudio(options: StudioOptions = {}): Promise<StudioHandle> {
  resetStores();
  session.history = EMPTY_HISTORY;
  session.gesture = null;
  const { persistence, durable } = await openPersistence(options.persistence, options.storageTimeoutMs ?? STORAGE_TIMEOUT_MS);
  session.persistence = persistence;

  const client = new WorkerClient({
    factory: options.workerHost ?? createBrowserWorkerHost,
    authoritative: () => {
      const d = documentStore.getState();
      return d.storyKey === '' ? undefined : { story: d.story, revision: d.revision };
    },
    onRecovered: () => void queryClient.invalidateQueries(),
    onNotice: (kind, text) => notify(kind, text),
  });
  session.client = client;
  client.start();

  const autosave = new Autosaver({
    persistence,
    snapshot,
    onError: reportStorageError,
    onSaved: () => {
      // Saving into the in-memory fallback is no recovery: the warning stays.
      if (durable && libraryStore.getState().storageError !== undefined) libraryStore.setState({ storageError: undefined });
    },
    ...(options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {}),
  });
  session.autosave = autosave;

  const channel = (options.tabSync ?? true) ? openTabChannel(receiveChange) : undefined;
  // Writes in flight, shown as the app root's data-saving.
  let pendingLog = 0;
  let pendingViews = 0;
  session.durable = new DurableWriter({
    persistence,
    onSaved: (entry) => {
      if (entry.key === documentStore.getState().storyKey) {
        libraryStore.setState((l) => ({ savedVersion: Math.max(l.savedVersion, entry.version) }));
      }
      if (durable && libraryStore.getState().storageError !== undefined) libraryStore.setState({ storageError: undefined });
      channel?.announce(entry);
      autosave.schedule();
    },
    onConflict: changeLost,
    onError: reportStorageError,
    onPending: (n) => {
      pendingLog = n;
      libraryStore.setState({ pendingWrites: pendingLog + pendingViews });
    },
  });

  if (!(await openStored(persistence))) await openSample(options.loadSample ?? fetchSample);
  libraryStore.setState({ status: 'ready' });

  const unsubscribers = [
    saveViewOnChange(
      persistence,
      (n) => {
        pendingViews = n;
        libraryStore.setState({ pendingWrites: pendingLog + pendingViews });
      },
      reportStorageError,
    ),
  ];
  const usePageEvents = options.pageEvents ?? typeof window !== 'undefined';
  const onHide = (): void => void autosave.flush();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void autosave.flush();
  };
  if (usePageEvents) {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    async flush() {
      await openConfirmed();
      await session.durable?.settled();
      await autosave.flush();
    },
    async stop() {
      await openConfirmed();
      await session.durable?.settled();
      await autosave.flush();
      autosave.dispose();
      for (const u of unsubscribers) u();
      if (usePageEvents) {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
      await session.durable?.settled();
      channel?.close();
      session.durable = null;
      client.dispose();
      session.client = null;
      session.autosave = null;
      session.persistence = null;
      queryClient.clear();
    },
  };
}

