import { releaseProxy, wrap } from 'comlink';
import type { OrchestratorApi } from '../worker/protocol';
import type { OrchestratorPort, WorkerHostFactory } from './worker-host';

/** The orchestrator in a real Web Worker behind comlink. */
export const createBrowserWorkerHost: WorkerHostFactory = (onCrash) => {
  // Written literally so that Vite finds and bundles the worker.
  const worker = new Worker(new URL('../worker/orchestrator.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(event.message || 'the analysis worker stopped');
  });
  worker.addEventListener('messageerror', () => onCrash('the analysis worker sent an unreadable message'));
  const remote = wrap<OrchestratorApi>(worker);
  return {
    // comlink's Remote<T> is exactly "every method returns a promise" for this plain-data api.
    port: remote as unknown as OrchestratorPort,
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
};
