import { proxy } from 'comlink';
import { abortError, nextTask } from '../worker/job';
import { jobOf, type JobInput, type JobName, type JobProgress, type JobResult } from '../worker/jobs';
import type { JobsApi, JobsPort } from '../worker/jobs-api';
import type { Studio } from './studio-context';
import { startWorker, workersUsable, type StartedWorker } from './worker-start';

/** A job on its way: `result` rejects with an AbortError (see isAbortError) once `cancel()` was called. */
export interface RunningJob<R> {
  readonly result: Promise<R>;
  cancel(): void;
}

/** Runs a job of src/worker/jobs.ts by name, reporting progress, in a worker or (fallback) on this thread. */
export type JobRunner = (<N extends JobName>(name: N, input: JobInput<N>, onProgress?: (progress: JobProgress<N>) => void) => RunningJob<JobResult<N>>) & {
  /** Cancels every running job and stops the idle worker (the studio is disposed). */
  dispose(): void;
};

export interface JobRunnerOptions {
  /** Starts a jobs worker; the default is src/worker/jobs.worker.ts. Throwing counts as "workers cannot start". */
  readonly createWorker?: () => Worker;
  /** Whether to try workers; default `workersUsable()` (they exist, and none failed to start in this page). */
  readonly useWorkers?: () => boolean;
}

type JobsWorker = StartedWorker<JobsApi> & { crashed?: (reason: string) => void };

/**
 * The same job function on the calling thread, after the current task, so that the
 * click that started it is painted first; the job yields wherever it awaits. A job
 * that is synchronous throughout (safe fixes) runs as one task and cannot be
 * interrupted here; cancelling it discards its result.
 */
export async function runInProcess<N extends JobName>(
  name: N,
  input: JobInput<N>,
  report: (progress: JobProgress<N>) => void,
  signal: AbortSignal,
): Promise<JobResult<N>> {
  await nextTask();
  signal.throwIfAborted();
  const result = await jobOf(name).run(input, { report, signal });
  signal.throwIfAborted();
  return result;
}

/**
 * Creates a job runner. Each job runs in a worker of its own (an idle one is kept for
 * the next job, so elkjs stays loaded), so that two jobs and the analysis worker never
 * wait on one another; cancelling terminates the job's worker, the only way to stop
 * synchronous work at once. When workers are missing, cannot be constructed or fail
 * before their first answer, the job runs in process instead, and later ones too.
 */
export function createJobRunner(options: JobRunnerOptions = {}): JobRunner {
  const create = options.createWorker ?? (() => new Worker(new URL('../worker/jobs.worker.ts', import.meta.url), { type: 'module' }));
  const useWorkers = options.useWorkers ?? workersUsable;
  let workersFailed = false;
  let idle: JobsWorker | undefined;
  const running = new Set<() => void>();

  function spawn(): JobsWorker {
    const w: JobsWorker = startWorker<JobsApi>(
      create,
      (remote) => remote.ready(),
      (reason) => {
        if (w.crashed) w.crashed(reason);
        // An idle worker that died is not handed the next job.
        else if (idle === w) idle = undefined;
      },
      'the jobs worker',
    );
    return w;
  }

  function release(w: JobsWorker): void {
    w.crashed = undefined;
    if (idle) w.terminate();
    else idle = w;
  }

  const run = <N extends JobName>(name: N, input: JobInput<N>, onProgress: (progress: JobProgress<N>) => void = () => {}): RunningJob<JobResult<N>> => {
    const controller = new AbortController();
    let settled = false;
    let worker: JobsWorker | undefined;
    let settle: { resolve: (r: JobResult<N>) => void; reject: (e: Error) => void } = { resolve: () => {}, reject: () => {} };
    const result = new Promise<JobResult<N>>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const finish = (outcome: { value: JobResult<N> } | { error: Error }): void => {
      if (settled) return;
      settled = true;
      running.delete(cancel);
      if ('value' in outcome) settle.resolve(outcome.value);
      else settle.reject(outcome.error);
    };
    const fail = (e: unknown): void => finish({ error: e instanceof Error ? e : new Error(String(e)) });
    // Progress may arrive after the result (it travels on its own port): only a running job reports.
    const report = (progress: JobProgress<N>): void => {
      if (!settled) onProgress(progress);
    };
    const inProcess = (): void => {
      runInProcess(name, input, report, controller.signal).then((value) => finish({ value }), fail);
    };

    if (workersFailed || !useWorkers()) {
      inProcess();
    } else {
      try {
        worker = idle ?? spawn();
        idle = undefined;
      } catch {
        workersFailed = true;
        inProcess();
      }
    }
    if (worker) {
      const w = worker;
      w.crashed = (reason) => {
        w.terminate();
        worker = undefined;
        if (w.started()) return fail(new Error(reason));
        workersFailed = true;
        inProcess();
      };
      // comlink's Remote<T> drops the generic of `run`; JobsPort restores it.
      const remote = w.remote as unknown as JobsPort;
      remote.run(name, input, proxy(report)).then(
        (value) => {
          if (worker === w) release(w);
          worker = undefined;
          finish({ value });
        },
        (e: unknown) => {
          if (worker === w) release(w);
          worker = undefined;
          fail(e);
        },
      );
    }

    function cancel(): void {
      if (settled) return;
      worker?.terminate();
      worker = undefined;
      controller.abort(abortError(`the ${name} job`));
      finish({ error: abortError(`the ${name} job`) });
    }
    if (!settled) running.add(cancel);
    return { result, cancel };
  };
  return Object.assign(run, {
    dispose() {
      for (const cancel of [...running]) cancel();
      idle?.terminate();
      idle = undefined;
    },
  });
}

/** The studio's job runner, created on first use (so a page that never runs a job starts no worker). */
export function jobRunner(s: Studio): JobRunner {
  s.session.jobRunner ??= createJobRunner();
  return s.session.jobRunner;
}
