import { createStore, type StoreApi } from 'zustand/vanilla';

/** Whether the worker is computing something, and how often it had to be restarted. */
export interface WorkerStatus {
  readonly busy: boolean;
  readonly pending: number;
  readonly restarts: number;
}

export function createWorkerStatusStore(): StoreApi<WorkerStatus> {
  return createStore<WorkerStatus>(() => ({ busy: false, pending: 0, restarts: 0 }));
}

/** Adds (or with -1 removes) one call in flight. */
export function trackPending(store: StoreApi<WorkerStatus>, delta: 1 | -1): void {
  store.setState((s) => {
    const pending = Math.max(0, s.pending + delta);
    return { pending, busy: pending > 0 };
  });
}
