/**
 * What a background job gets besides its input: a way to report progress and a signal
 * that says it was cancelled. The same function runs in a worker and, where workers
 * cannot start, on the main thread (see src/state/job-runner.ts).
 */
export interface JobContext<P> {
  /** Reports progress; cheap to call, the job decides how often. */
  report(progress: P): void;
  /**
   * Aborted when the job is cancelled and it runs on the main thread. In a worker the
   * runner stops a cancelled job by terminating the worker, which stops synchronous
   * code too; a job only needs to check the signal where it awaits.
   */
  readonly signal: AbortSignal;
}

/** A background job declared once: its input, progress and result types, and a pure function of the core. */
export interface JobDefinition<I, P, R> {
  run(input: I, context: JobContext<P>): R | Promise<R>;
  /** Buffers of the result to transfer rather than copy out of the worker (they are unusable there afterwards). */
  transferables?(result: R): Transferable[];
}

/** Declares a job; the identity function, there for the type inference of I, P and R. */
export function defineJob<I, P, R>(definition: JobDefinition<I, P, R>): JobDefinition<I, P, R> {
  return definition;
}

/** The error name a cancelled job rejects with (the DOM's name, so `isAbortError` also knows fetch's aborts). */
export const ABORT_ERROR = 'AbortError';

/** The error a cancelled job's result rejects with. */
export function abortError(what = 'the job'): Error {
  const e = new Error(`${what} was cancelled`);
  e.name = ABORT_ERROR;
  return e;
}

/** True for the rejection of a cancelled job. */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === ABORT_ERROR;
}

/** Resolves after the current task (a macrotask), so that a job running on the main thread lets the page paint between chunks. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
