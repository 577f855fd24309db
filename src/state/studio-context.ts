import type { QueryClient } from '@tanstack/react-query';
import type { StoreApi } from 'zustand/vanilla';
import type { EditOp } from '../core/edits/edit-op';
import type { Autosaver } from './autosave';
import type { DurableWriter } from './durable-writer';
import type { History } from './history';
import type { JobRunner, RunningJob } from './job-runner';
import type { LayeredStoreState } from './layered-layout';
import type { OverlayState } from './overlay-store';
import type { LogEntry, Persistence, StoredStory } from './persistence';
import type { SafeFixesProgress } from './safe-fixes-progress';
import type { SafeFixesRunner } from './safe-fixes-runner';
import type { SampleInfo } from './samples-commands';
import type { PlayStoreState } from './play-store';
import type { DemoViewState } from './demo-view-store';
import type { ReviewState } from './review-store';
import type { CoreStores } from './stores';
import type { WorkerClient } from './worker-client';
import type { WorkerStatus } from './worker-status';

/** Edits collected while a gesture (a drag) is open, to become one undo step. */
export interface Gesture {
  readonly label: string;
  readonly inverses: EditOp[];
}

/**
 * A studio's non-reactive state: the open story's history, the services it started
 * (worker client, storage, autosave, durable log) and the bookkeeping of commands
 * that run over time. Every field belongs to one studio; none is module-level.
 */
export interface Session {
  history: History;
  gesture: Gesture | null;
  client: WorkerClient | null;
  persistence: Persistence | null;
  autosave: Autosaver | null;
  durable: DurableWriter | null;
  /** The last revision handed out: revisions are never reused within a studio, across all its stories. */
  lastRevision: number;
  lastNoticeId: number;
  /** Whether the "undo keeps the last N steps" notice was shown. */
  historyCapTold: boolean;
  /** Stories deleted in this session, for "Restore story". */
  readonly deletedStories: Map<string, StoredStory>;
  /** The "accept all safe fixes" run in progress. */
  safeFixesRun: { stop(why: 'user' | 'changed'): void } | undefined;
  /** Changes of this tab that lost their version to another tab, waiting to be re-applied. */
  readonly lostChanges: LogEntry[];
  resyncing: Promise<void> | null;
  /** The story being opened right now, until its first analysis has been shown (open-guard.ts). */
  openingKey: string | undefined;
  /** Settles once every open so far has been confirmed (open-guard.ts). */
  confirming: Promise<unknown>;
  /** The layered layout being computed, and the structure it is for. */
  layeredRun: { job: RunningJob<unknown>; signature: string } | undefined;
  /** Created on the first job, so a page that never runs one starts no jobs worker. */
  jobRunner: JobRunner | undefined;
  /** Replaces the safe-fixes job (tests). */
  safeFixesRunner: SafeFixesRunner | undefined;
  /** Stops the replay of a saved play-through still stepping (play-commands.ts). */
  replayStop: (() => void) | undefined;
  /** The bundled samples' index, fetched once (samples-commands.ts). */
  sampleIndex: Promise<SampleInfo[]> | null;
  disposed: boolean;
}

/**
 * One studio instance (studio.ts `createStudio`): its stores, its query client and its
 * session. Commands and hooks take it as their first argument; src/state/index.ts binds
 * them to the app's one studio (current-studio.ts).
 */
export interface Studio extends CoreStores {
  readonly overlay: StoreApi<OverlayState>;
  readonly workerStatus: StoreApi<WorkerStatus>;
  readonly safeFixes: StoreApi<SafeFixesProgress>;
  readonly layered: StoreApi<LayeredStoreState>;
  readonly play: StoreApi<PlayStoreState>;
  readonly demoView: StoreApi<DemoViewState>;
  readonly review: StoreApi<ReviewState>;
  /** Worker results by [kind, storyKey, revision, …]; the app's QueryClientProvider gets this one. */
  readonly queryClient: QueryClient;
  readonly session: Session;
  /** Opens storage, starts the analysis worker and opens the last story (or the sample on first start). */
  start(): Promise<void>;
  /** Resolves once every change so far is stored (log written, snapshot compacted). */
  flush(): Promise<void>;
  /** Flushes, then ends everything the studio started: subscriptions, workers, channel, storage, timers. */
  dispose(): Promise<void>;
}
