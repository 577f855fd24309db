import { releaseProxy, wrap, type Remote } from 'comlink';

/** A worker started behind comlink: its remote and a way to stop it. */
export interface StartedWorker<T> {
  readonly remote: Remote<T>;
  /** True once the worker answered its first call; a failure before that means it never started. */
  started(): boolean;
  terminate(): void;
}

let failedToStart = false;

/**
 * Whether to try workers at all: they exist here and none failed to start in this
 * page. A failure is remembered, so every later start goes straight to the fallback
 * (a strict content policy or a missing worker file would fail every time).
 */
export function workersUsable(): boolean {
  return !failedToStart && typeof Worker !== 'undefined';
}

/** Forgets that a worker failed to start (tests). */
export function resetWorkersUsable(): void {
  failedToStart = false;
}

/**
 * Starts a worker behind comlink, the one way every background worker of the studio
 * is started. `create` is written literally at the call site (`new Worker(new URL(…,
 * import.meta.url))`) so that Vite bundles the worker. `probe` is the worker's first
 * call: until it answers, an error counts as "workers cannot start here". `onCrash` is
 * called once when the worker dies (an error event, or an unreadable message); a
 * terminated worker sends nothing at all, which only a heartbeat notices (WorkerClient).
 * Throws when the worker cannot even be constructed.
 */
export function startWorker<T>(
  create: () => Worker,
  probe: (remote: Remote<T>) => Promise<unknown>,
  onCrash: (reason: string) => void,
  name = 'the worker',
): StartedWorker<T> {
  let worker: Worker;
  try {
    worker = create();
  } catch (e) {
    failedToStart = true;
    throw e;
  }
  let started = false;
  let dead = false;
  const crash = (reason: string): void => {
    if (dead) return;
    dead = true;
    if (!started) failedToStart = true;
    onCrash(reason);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.message || `${name} stopped`);
  });
  worker.addEventListener('messageerror', () => crash(`${name} sent an unreadable message`));
  const remote = wrap<T>(worker);
  probe(remote).then(
    () => {
      started = true;
    },
    () => {},
  );
  return {
    remote,
    started: () => started,
    terminate() {
      dead = true;
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
