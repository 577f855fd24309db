import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the worker is computing something, and how often it had to be restarted. */
export interface WorkerStatus {
  readonly busy: boolean;
  readonly pending: number;
  readonly restarts: number;
}

export const workerStatusStore = createStore<WorkerStatus>(() => ({ busy: false, pending: 0, restarts: 0 }));

/** Adds (or with -1 removes) one call in flight. */
export function trackPending(delta: 1 | -1): void {
  workerStatusStore.setState((s) => {
    const pending = Math.max(0, s.pending + delta);
    return { pending, busy: pending > 0 };
  });
}

/** Whether the worker is busy: `aria-busy` of the status bar. */
export function useWorkerStatus(): WorkerStatus {
  return useStore(workerStatusStore);
}
