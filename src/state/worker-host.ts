import type { OrchestratorApi } from '../worker/protocol';

/** The worker's methods as the main thread calls them: every answer is a promise. */
export type OrchestratorPort = {
  readonly [K in keyof OrchestratorApi]: (
    ...args: Parameters<OrchestratorApi[K]>
  ) => Promise<Awaited<ReturnType<OrchestratorApi[K]>>>;
};

/** A running orchestrator: its port and a way to stop it. */
export interface WorkerHost {
  readonly port: OrchestratorPort;
  terminate(): void;
}

/** Starts an orchestrator; `onCrash` is called if it dies (then it is never used again). */
export type WorkerHostFactory = (onCrash: (reason: string) => void) => WorkerHost;
