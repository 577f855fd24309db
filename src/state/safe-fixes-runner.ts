import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import type { SafeFixes } from '../worker/protocol';
import { safeFixesSkipping } from '../worker/safe-fixes';
import type { SafeFixesMessage, SafeFixesRequest } from '../worker/safe-fixes-protocol';

/** A running "accept all safe fixes" computation. `result` rejects with SafeFixesCancelled after `cancel()`. */
export interface SafeFixesJob {
  readonly result: Promise<SafeFixes>;
  cancel(): void;
}

/** Computes the safe fixes of a story snapshot, dismissed conflicts (`ignore`) left alone, reporting progress. */
export type SafeFixesRunner = (story: Story, ignore: readonly string[], onProgress: (progress: FixProgress) => void) => SafeFixesJob;

/** The job was cancelled (by the user, or because the story changed meanwhile). */
export class SafeFixesCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'SafeFixesCancelled';
  }
}

/**
 * A dedicated Web Worker per run, so that the analysis worker keeps answering
 * while fixes are computed; cancelling terminates it, which stops the work at once.
 */
export const workerSafeFixesRunner: SafeFixesRunner = (story, ignore, onProgress) => {
  let worker: Worker;
  try {
    // Written literally so that Vite finds and bundles the worker.
    worker = new Worker(new URL('../worker/fixes.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Workers refused (a strict content policy, say): slower, and on this thread, but still correct.
    return inProcessSafeFixesRunner(story, ignore, onProgress);
  }
  let settle: { resolve: (f: SafeFixes) => void; reject: (e: Error) => void } | undefined;
  const result = new Promise<SafeFixes>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { fixes: SafeFixes } | { error: Error }): void => {
    worker.terminate();
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    if ('fixes' in outcome) resolve(outcome.fixes);
    else reject(outcome.error);
  };
  worker.onmessage = (event: MessageEvent<SafeFixesMessage>) => {
    const m = event.data;
    switch (m.kind) {
      case 'progress':
        if (settle) onProgress({ done: m.done, total: m.total, steps: m.steps });
        return;
      case 'result':
        return finish({ fixes: m.fixes });
      case 'error':
        return finish({ error: new Error(m.message) });
      default: {
        const never: never = m;
        throw new Error(`unknown safe-fixes message ${String(never)}`);
      }
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ error: new Error(event.message || 'the fixes worker stopped') });
  };
  const request: SafeFixesRequest = { kind: 'fix', requestId: 1, story, ignore };
  worker.postMessage(request);
  return { result, cancel: () => finish({ error: new SafeFixesCancelled() }) };
};

/**
 * The same computation on the calling thread, after the current task (tests, and
 * where workers are unavailable). It cannot be interrupted; cancelling discards it.
 */
export const inProcessSafeFixesRunner: SafeFixesRunner = (story, ignore, onProgress) => {
  let cancelled = false;
  let rejectNow: (e: Error) => void = () => {};
  const result = new Promise<SafeFixes>((resolve, reject) => {
    rejectNow = reject;
    setTimeout(() => {
      if (cancelled) return;
      try {
        resolve(safeFixesSkipping(story, new Set(ignore), onProgress));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  });
  return {
    result,
    cancel() {
      cancelled = true;
      rejectNow(new SafeFixesCancelled());
    },
  };
};

let runner: SafeFixesRunner | undefined;

/** The runner acceptSafeFixes uses: a worker where workers exist, else in process. */
export function safeFixesRunner(): SafeFixesRunner {
  return runner ?? (typeof Worker === 'undefined' ? inProcessSafeFixesRunner : workerSafeFixesRunner);
}

/** Replaces the runner (tests); undefined restores the default. */
export function setSafeFixesRunner(next: SafeFixesRunner | undefined): void {
  runner = next;
}
