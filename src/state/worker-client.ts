import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import { isStaleRevisionError } from '../worker/protocol';
import type { StoreApi } from 'zustand/vanilla';
import { createWorkerStatusStore, trackPending, type WorkerStatus } from './worker-status';
import type { OrchestratorPort, WorkerHost, WorkerHostFactory } from './worker-host';
import { PING_TIMEOUT_MS, pingTimeoutMs } from './ping-timeout';

/** What the client needs to re-send after a restart: the main thread's story is the source of truth. */
export interface Authoritative {
  readonly story: Story;
  readonly revision: number;
}

export interface WorkerClientOptions {
  readonly factory: WorkerHostFactory;
  /** The story and revision the worker must hold (read at restart time). */
  readonly authoritative: () => Authoritative | undefined;
  /** Called after the worker was restarted or resynchronised, so queries can be fetched again. */
  readonly onRecovered: (why: 'restart' | 'resync') => void;
  /** Called with the user-facing text when the worker had to be restarted or gave up. */
  readonly onNotice: (kind: 'info' | 'error', text: string) => void;
  /** How long a health check may take before the worker counts as dead (for a tiny story; see ping-timeout.ts). */
  readonly pingTimeoutMs?: number;
  /** How often the worker is pinged while requests wait on it. */
  readonly heartbeatMs?: number;
  /** Where calls in flight and restarts are counted (the studio's `workerStatus`); default a store of its own. */
  readonly status?: StoreApi<WorkerStatus>;
}

/**
 * A worker that was terminated (by the browser, or `worker.terminate()`) sends no error
 * event and never answers: only a heartbeat notices. Pings go out every HEARTBEAT_MS
 * while requests are waiting. The timeout is generous because a worker busy with a long
 * request answers the ping only after it, and restarting a busy worker would loop.
 */
const HEARTBEAT_MS = 2000;

/** Restarts allowed within this window before the client gives up (a worker crashing on load would loop). */
const RESTART_WINDOW_MS = 30_000;
const MAX_RESTARTS = 3;

class WorkerCrashed extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkerCrashed';
  }
}

/**
 * The main thread's side of the orchestrator: sends the story once and then edit
 * operations, makes calls that are rejected (rather than hang) when the worker
 * dies, and restarts a dead worker with the current story.
 */
export class WorkerClient {
  private host: WorkerHost | undefined;
  private generation = 0;
  private readonly inFlight = new Set<(e: Error) => void>();
  private restartTimes: number[] = [];
  private stopped = false;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private pinging = false;
  /** Pings in a row that went unanswered (each cost a restart): the next one waits longer. */
  private missedPings = 0;

  /** Calls in flight and restarts: `aria-busy` of the status bar. */
  readonly status: StoreApi<WorkerStatus>;

  constructor(private readonly options: WorkerClientOptions) {
    this.status = options.status ?? createWorkerStatusStore();
  }

  /** Starts the worker and sends it the authoritative story, if any. */
  start(): void {
    this.spawn();
    this.resend();
  }

  /** Sends a whole story (on open, import, switching stories). */
  open(story: Story, revision: number): void {
    const port = this.port();
    if (!port) return;
    port.open(story, revision).catch((e: unknown) => this.onFailure(e));
  }

  /** Sends edit operations that take the worker to `revision`. */
  edit(ops: readonly EditOp[], revision: number): void {
    const port = this.port();
    if (!port) return;
    port.edit(ops, revision).catch((e: unknown) => {
      // The worker's story no longer matches ours (an op failed there): send the whole story again.
      if (!(e instanceof WorkerCrashed)) this.resync();
    });
  }

  /** A request whose answer a query shows; rejects when the worker dies meanwhile, and checks health on failure. */
  async call<T>(request: (port: OrchestratorPort) => Promise<T>): Promise<T> {
    const port = this.port();
    if (!port) throw new Error('Analysis is not running');
    trackPending(this.status, 1);
    let rejectOnCrash: (e: Error) => void = () => {};
    const crashed = new Promise<never>((_, reject) => {
      rejectOnCrash = reject;
    });
    this.inFlight.add(rejectOnCrash);
    this.startHeartbeat();
    try {
      return await Promise.race([request(port), crashed]);
    } catch (e) {
      if (!isStaleRevisionError(e) && !(e instanceof WorkerCrashed)) void this.checkHealth();
      throw e;
    } finally {
      this.inFlight.delete(rejectOnCrash);
      if (this.inFlight.size === 0) this.stopHeartbeat();
      trackPending(this.status, -1);
    }
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.stopped = true;
    this.stopHeartbeat();
    this.host?.terminate();
    this.host = undefined;
    this.rejectInFlight('Analysis stopped');
  }

  /** Restarts the worker and re-sends the story (crash, or a health check that failed). */
  restart(reason: string): void {
    if (this.stopped) return;
    const t = Date.now();
    this.restartTimes = [...this.restartTimes.filter((s) => t - s < RESTART_WINDOW_MS), t];
    this.host?.terminate();
    this.host = undefined;
    this.rejectInFlight(reason);
    if (this.restartTimes.length > MAX_RESTARTS) {
      this.stopped = true;
      this.options.onNotice('error', `Analysis stopped: the analysis worker keeps failing (${reason}). Your edits are still saved.`);
      return;
    }
    this.status.setState((s) => ({ restarts: s.restarts + 1 }));
    this.spawn();
    this.resend();
    this.options.onNotice('info', 'Analysis restarted');
    this.options.onRecovered('restart');
  }

  private port(): OrchestratorPort | undefined {
    return this.host?.port;
  }

  private spawn(): void {
    const generation = ++this.generation;
    this.host = this.options.factory((reason) => {
      // A late crash report from an already replaced worker must not restart the new one.
      if (generation === this.generation) this.restart(reason);
    });
  }

  private resend(): void {
    const a = this.options.authoritative();
    if (a) this.open(a.story, a.revision);
  }

  private resync(): void {
    this.resend();
    this.options.onRecovered('resync');
  }

  private rejectInFlight(reason: string): void {
    const rejects = [...this.inFlight];
    this.inFlight.clear();
    for (const reject of rejects) reject(new WorkerCrashed(reason));
  }

  private onFailure(e: unknown): void {
    if (!(e instanceof WorkerCrashed)) void this.checkHealth();
  }

  /** The worker's revision, or 'timeout' when it does not answer within the ping timeout. */
  private async ping(port: OrchestratorPort): Promise<number | 'timeout'> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.pingTimeout());
    });
    try {
      const answer = await Promise.race([port.revision().catch(() => 'timeout' as const), timeout]);
      if (answer !== 'timeout') this.missedPings = 0;
      return answer;
    } finally {
      clearTimeout(timer);
    }
  }

  private pingTimeout(): number {
    const story = this.options.authoritative()?.story;
    const elements = story ? story.events.length + story.links.length : 0;
    return pingTimeoutMs(this.options.pingTimeoutMs ?? PING_TIMEOUT_MS, elements, this.missedPings);
  }

  private startHeartbeat(): void {
    this.heartbeat ??= setInterval(() => void this.beat(), this.options.heartbeatMs ?? HEARTBEAT_MS);
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** One heartbeat: a worker that does not answer a ping is restarted (its waiting requests fail and are fetched again). */
  private async beat(): Promise<void> {
    const port = this.port();
    if (!port || this.pinging) return;
    this.pinging = true;
    const generation = this.generation;
    try {
      const answer = await this.ping(port);
      if (answer === 'timeout' && generation === this.generation && !this.stopped) {
        this.missedPings++;
        this.restart('the analysis worker stopped answering');
      }
    } finally {
      this.pinging = false;
    }
  }

  /** After an unexpected failure: a worker that does not answer is restarted; one with the wrong story is resynchronised. */
  private async checkHealth(): Promise<void> {
    const port = this.port();
    if (!port) return;
    const generation = this.generation;
    const answer = await this.ping(port);
    if (generation !== this.generation || this.stopped) return;
    if (answer === 'timeout') {
      this.missedPings++;
      this.restart('the analysis worker stopped answering');
    }
    else if (answer !== this.options.authoritative()?.revision) this.resync();
  }
}
