/// <reference lib="webworker" />
import { expose, transfer, type Endpoint } from 'comlink';
import { createOrchestratorApi } from './orchestrator-api';
import type { LaneLayout, OrchestratorApi } from './protocol';

/**
 * The worker entry: the orchestrator api behind comlink. The only thing added here
 * is transferring the layout's typed arrays instead of copying them.
 */
// After an open, the tables the first edit needs are built once the answer is out.
const api = createOrchestratorApi({ later: (task) => void setTimeout(task, 0) });

const exposed: OrchestratorApi = {
  ...api,
  lanes(revision: number): LaneLayout {
    const layout = api.lanes(revision);
    return transfer(layout, [layout.positions.buffer, layout.weights.buffer]);
  },
};

expose(exposed, self as unknown as Endpoint);
