import { releaseProxy, transfer } from 'comlink';
import { jobOf, type JobInput, type JobName, type JobProgress, type JobResult } from './jobs';

/** The jobs worker's methods, as comlink exposes them. */
export interface JobsApi {
  /** Answers once the worker is running: a worker that fails before this never started (the runner falls back). */
  ready(): true;
  /** Runs one job; `onProgress` is a comlink proxy of the main thread's callback. */
  run<N extends JobName>(name: N, input: JobInput<N>, onProgress: (progress: JobProgress<N>) => void): Promise<JobResult<N>>;
}

/** The jobs worker as the main thread calls it: comlink's Remote<JobsApi> drops the generic of `run`, this restores it. */
export interface JobsPort {
  ready(): Promise<true>;
  run<N extends JobName>(name: N, input: JobInput<N>, onProgress: (progress: JobProgress<N>) => void): Promise<JobResult<N>>;
}

/**
 * The jobs worker's logic, free of worker APIs so that it is tested in Node. A worker
 * runs one job at a time (the runner starts another worker for a second job), and a
 * cancelled job's worker is terminated, so no job here ever needs aborting: the signal
 * exists for the in-process runs of the same functions.
 */
export function createJobsApi(): JobsApi {
  return {
    ready: () => true,
    async run<N extends JobName>(name: N, input: JobInput<N>, onProgress: (progress: JobProgress<N>) => void): Promise<JobResult<N>> {
      const job = jobOf(name);
      // A progress call crosses to the main thread and returns a promise; a job never waits for it.
      const report = (progress: JobProgress<N>): void => void onProgress(progress);
      try {
        const result = await job.run(input, { report, signal: new AbortController().signal });
        return job.transferables ? transfer(result, job.transferables(result)) : result;
      } finally {
        // Through comlink the callback is a proxy holding a message port: close it (a plain function has no such key).
        (onProgress as Partial<Record<typeof releaseProxy, () => void>>)[releaseProxy]?.();
      }
    },
  };
}
