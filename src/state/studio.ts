import { parseStory } from '../core/story/load-story';
import { Autosaver } from './autosave';
import { createBrowserWorkerHost } from './browser-worker-host';
import { withMemoryCache } from './cached-persistence';
import { openIdbPersistence } from './idb-persistence';
import { addAndOpen, freshRecord, newStory } from './library-commands';
import { notify } from './notices';
import { createMemoryPersistence, type Persistence, type StoredStory } from './persistence';
import { queryClient } from './query-client';
import { activate, session, snapshot, sortEntries } from './session';
import { documentStore, libraryStore, resetStores, selectionStore, viewStore } from './stores';
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
}

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

function reportStorageError(text: string): void {
  const already = libraryStore.getState().storageError !== undefined;
  libraryStore.setState({ storageError: text });
  // One notice per failure streak, not one per keystroke.
  if (!already) notify('error', `Changes cannot be saved in this browser (${text}). Your work is kept while this tab stays open.`);
}

/** The storage to use, and whether it survives a reload (false: the in-memory fallback). */
async function openPersistence(option: StudioOptions['persistence']): Promise<{ persistence: Persistence; durable: boolean }> {
  try {
    if (typeof option === 'function') return { persistence: withMemoryCache(await option()), durable: true };
    if (option) return { persistence: withMemoryCache(option), durable: true };
    return { persistence: withMemoryCache(await openIdbPersistence()), durable: true };
  } catch (e) {
    reportStorageError(message(e));
    return { persistence: createMemoryPersistence(), durable: false };
  }
}

/** Opens the last open story (or the most recent one); false when the library is empty or nothing loads. */
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
  const meta = await persistence.loadMeta().catch(() => ({ activeKey: undefined }));
  const keys = entries.map((e) => e.key);
  const order = meta.activeKey && keys.includes(meta.activeKey) ? [meta.activeKey, ...keys.filter((k) => k !== meta.activeKey)] : keys;
  for (const key of order) {
    let record: StoredStory | undefined;
    try {
      record = await persistence.loadStory(key);
    } catch (e) {
      reportStorageError(message(e));
    }
    if (record) {
      activate(record);
      return true;
    }
  }
  return false;
}

/** First start: the bundled sample, already analysed once the worker answers. */
async function openSample(load: () => Promise<string>): Promise<void> {
  try {
    const result = parseStory(await load());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    addAndOpen(freshRecord(markSample(result.story, 'lighthouse')));
  } catch (e) {
    notify('error', `The sample story could not be opened: ${message(e)}`);
    newStory();
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
  const { persistence, durable } = await openPersistence(options.persistence);
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

  if (!(await openStored(persistence))) await openSample(options.loadSample ?? fetchSample);
  libraryStore.setState({ status: 'ready' });

  // Selection and view are saved too (a reload restores them); story changes schedule saves themselves.
  const unsubscribers = [selectionStore.subscribe(() => autosave.schedule()), viewStore.subscribe(() => autosave.schedule())];
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
    flush: () => autosave.flush(),
    async stop() {
      await autosave.flush();
      autosave.dispose();
      for (const u of unsubscribers) u();
      if (usePageEvents) {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
      client.dispose();
      session.client = null;
      session.autosave = null;
      session.persistence = null;
      queryClient.clear();
    },
  };
}

