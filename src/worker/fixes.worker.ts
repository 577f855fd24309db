/// <reference lib="webworker" />
import { runSafeFixesJob } from './safe-fixes-job';
import type { SafeFixesMessage, SafeFixesRequest } from './safe-fixes-protocol';

/**
 * "Accept all safe fixes" off the analysis worker: fixing a large story takes seconds,
 * and the analysis worker must keep answering (conflicts, layout, impact) meanwhile.
 * The main thread cancels a run by terminating this worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SafeFixesRequest>) => {
  runSafeFixesJob(event.data, (message: SafeFixesMessage) => scope.postMessage(message));
};
