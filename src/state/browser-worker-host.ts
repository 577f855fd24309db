import type { OrchestratorApi } from '../worker/protocol';
import { createInProcessHost } from './in-process-host';
import type { OrchestratorPort, WorkerHostFactory } from './worker-host';
import { startWorker, workersUsable } from './worker-start';

/**
 * The orchestrator in a Web Worker behind comlink; on this thread instead where
 * workers are missing or once one failed to start (the client's restart after such
 * a failure lands here): slower, but the studio keeps analysing.
 */
export const createBrowserWorkerHost: WorkerHostFactory = (onCrash) => {
  if (!workersUsable()) return createInProcessHost();
  try {
    const started = startWorker<OrchestratorApi>(
      // Written literally so that Vite finds and bundles the worker.
      () => new Worker(new URL('../worker/orchestrator.worker.ts', import.meta.url), { type: 'module' }),
      (remote) => remote.revision(),
      onCrash,
      'the analysis worker',
    );
    // comlink's Remote<T> is exactly "every method returns a promise" for this plain-data api.
    return { port: started.remote as unknown as OrchestratorPort, terminate: started.terminate };
  } catch {
    return createInProcessHost();
  }
};
