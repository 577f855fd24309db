import { createOrchestratorApi } from '../worker/orchestrator-api';
import type { OrchestratorApi } from '../worker/protocol';
import type { OrchestratorPort, WorkerHost } from './worker-host';

/**
 * An orchestrator running on the calling thread, each answer a separate task like
 * a worker's (tests; and createBrowserWorkerHost's fallback when workers cannot start).
 * Calls are answered in the order they were made, as a worker answers messages.
 */
export function createInProcessHost(api: OrchestratorApi = createOrchestratorApi()): WorkerHost {
  let alive = true;
  const call =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): Promise<R> =>
      Promise.resolve().then(() => {
        if (!alive) return new Promise<R>(() => {}); // a dead worker never answers
        return f(...args);
      });
  const port: OrchestratorPort = {
    open: call(api.open),
    edit: call(api.edit),
    analyze: call(api.analyze),
    analysisDelta: call(api.analysisDelta),
    lanes: call(api.lanes),
    ripple: call(api.ripple),
    proposals: call(api.proposals),
    whatIfRipple: call(api.whatIfRipple),
    previewPatch: call(api.previewPatch),
    playThrough: call(api.playThrough),
    revision: call(api.revision),
  };
  return {
    port,
    terminate() {
      alive = false;
    },
  };
}
