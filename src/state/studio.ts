import { Autosaver } from './autosave';
import { createBrowserWorkerHost } from './browser-worker-host';
import { DurableWriter } from './durable-writer';
import { createDemoViewStore } from './demo-view-store';
import { createLayeredStore } from './layered-layout';
import { notify } from './notices';
import { noteInterruptedOpen, openConfirmed } from './open-guard';
import { clearOverlays, createOverlayStore } from './overlay-store';
import { versionOf, type Persistence } from './persistence';
import { createQueryClient } from './query-client';
import { createPlayStore, forgetPlayOnStoryChange } from './play-store';
import { prefetchNewRevisions } from './queries';
import { createReviewStore } from './review-store';
import { createSafeFixesStore } from './safe-fixes-progress';
import { createSession, snapshot } from './session';
import { reportStorageError } from './storage-errors';
import { createCoreStores } from './stores';
import type { Studio } from './studio-context';
import { fetchSample, openPersistence, openSample, openStored } from './studio-start';
import { changeLost, openTabChannel, receiveChange, type TabChannel } from './tab-sync';
import { saveViewOnChange } from './view-saver';
import { WorkerClient } from './worker-client';
import type { WorkerHostFactory } from './worker-host';
import { createWorkerStatusStore } from './worker-status';
import { setCurrentStudio } from './current-studio';

export type { Studio } from './studio-context';

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

/**
 * Creates a studio: its own stores, query client and session, nothing started yet
 * (no storage, no worker, no subscription): `start()` does that, `dispose()` undoes
 * all of it. The app makes one (src/main.tsx); tests make a fresh one per test.
 */
export function createStudio(options: StudioOptions = {}): Studio {
  const stores = createCoreStores();
  const session = createSession();
  // Everything start() sets up that dispose() must end, in the order it was set up.
  const teardown: (() => void)[] = [];
  let started: Promise<void> | undefined;
  let ownsPersistence = false;

  const studio: Studio = {
    ...stores,
    overlay: createOverlayStore(),
    workerStatus: createWorkerStatusStore(),
    safeFixes: createSafeFixesStore(),
    layered: createLayeredStore(),
    play: createPlayStore(),
    demoView: createDemoViewStore(),
    review: createReviewStore(),
    queryClient: createQueryClient(),
    session,
    start() {
      started ??= start();
      return started;
    },
    async flush() {
      await started?.catch(() => {});
      await openConfirmed(studio);
      await session.durable?.settled();
      await session.autosave?.flush();
    },
    async dispose() {
      if (session.disposed) return;
      await studio.flush();
      session.disposed = true;
      session.autosave?.dispose();
      for (const end of teardown.splice(0).reverse()) end();
      await session.durable?.settled();
      session.safeFixesRun?.stop('user');
      session.replayStop?.();
      session.layeredRun?.job.cancel();
      session.jobRunner?.dispose();
      // Queries first: a request the client rejects below must not schedule a retry. A cancelled
      // query schedules its garbage collection as it settles, so it is cleared after that.
      await studio.queryClient.cancelQueries();
      studio.queryClient.clear();
      session.client?.dispose();
      if (ownsPersistence) session.persistence?.close?.();
      session.durable = null;
      session.client = null;
      session.autosave = null;
      session.persistence = null;
    },
  };

  async function start(): Promise<void> {
    const s = studio;
    ownsPersistence = typeof options.persistence !== 'object';
    const { persistence, durable } = await openPersistence(s, options.persistence, options.storageTimeoutMs ?? STORAGE_TIMEOUT_MS);
    if (session.disposed) {
      if (ownsPersistence) persistence.close?.();
      return;
    }
    session.persistence = persistence;

    const client = new WorkerClient({
      factory: options.workerHost ?? createBrowserWorkerHost,
      authoritative: () => {
        const d = s.document.getState();
        return d.storyKey === '' ? undefined : { story: d.story, revision: d.revision };
      },
      onRecovered: () => void s.queryClient.invalidateQueries(),
      onNotice: (kind, text) => notify(s, kind, text),
      status: s.workerStatus,
    });
    session.client = client;
    client.start();

    // Overlays belong to the story they were made on.
    teardown.push(
      s.document.subscribe((d, prev) => {
        if (d.storyKey !== prev.storyKey) clearOverlays(s);
      }),
      prefetchNewRevisions(s),
      forgetPlayOnStoryChange(s),
    );

    const storageBack = (): void => {
      // Saving into the in-memory fallback is no recovery: the warning stays.
      if (durable && s.library.getState().storageError !== undefined) s.library.setState({ storageError: undefined });
    };
    const autosave = new Autosaver({
      persistence,
      snapshot: () => snapshot(s),
      onError: (text) => reportStorageError(s, text),
      onSaved: (record) => {
        storageBack();
        if (record.key === s.document.getState().storyKey) s.library.setState((l) => ({ snapshotVersion: Math.max(l.snapshotVersion, versionOf(record)) }));
      },
      ...(options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {}),
    });
    session.autosave = autosave;

    let channel: TabChannel | undefined;
    if (options.tabSync ?? true) channel = openTabChannel((m) => receiveChange(s, m));
    if (channel) teardown.push(channel.close);
    // Writes in flight, shown as the app root's data-saving.
    let pendingLog = 0;
    let pendingViews = 0;
    const showPending = (): void => s.library.setState({ pendingWrites: pendingLog + pendingViews });
    session.durable = new DurableWriter({
      persistence,
      onSaved: (entry) => {
        if (entry.key === s.document.getState().storyKey) {
          s.library.setState((l) => ({ savedVersion: Math.max(l.savedVersion, entry.version) }));
        }
        storageBack();
        channel?.announce(entry);
        autosave.schedule();
      },
      onConflict: (entry) => changeLost(s, entry),
      onError: (text) => reportStorageError(s, text),
      onPending: (n) => {
        pendingLog = n;
        showPending();
      },
    });

    // Before any story opens: leaving the page during the first open must be noted too.
    if (options.pageEvents ?? typeof window !== 'undefined') {
      const onHide = (): void => {
        noteInterruptedOpen(s);
        void autosave.flush();
      };
      const onVisibility = (): void => {
        if (document.visibilityState === 'hidden') void autosave.flush();
      };
      window.addEventListener('pagehide', onHide);
      document.addEventListener('visibilitychange', onVisibility);
      teardown.push(() => {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      });
    }

    if (!(await openStored(s, persistence))) await openSample(s, options.loadSample ?? fetchSample);
    if (session.disposed) return;
    s.library.setState({ status: 'ready' });

    teardown.push(
      saveViewOnChange(
        s,
        persistence,
        (n) => {
          pendingViews = n;
          showPending();
        },
        (text) => reportStorageError(s, text),
      ),
    );
  }

  return studio;
}

/** Creates a studio, makes it the app's current one (current-studio.ts) and starts it. */
export async function startStudio(options: StudioOptions = {}): Promise<Studio> {
  const studio = createStudio(options);
  setCurrentStudio(studio);
  await studio.start();
  return studio;
}
