/**
 * Long main-thread work (encoding a story to store it) spread over tasks, so that
 * input, React's renders and frames run in between.
 */
export interface Slicer {
  /** Work per task before pausing, in ms. */
  readonly sliceMs: number;
  /** Resolves when the next slice may run; undefined to go on at once (someone is waiting for the result). */
  pause(): Promise<void> | undefined;
}

/** Runs `steps` to the end, pausing whenever a slice has taken `slicer.sliceMs`; all at once without a slicer. */
export async function runSliced<R>(steps: Generator<void, R, void>, slicer?: Slicer, now: () => number = () => performance.now()): Promise<R> {
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (slicer && now() - start >= slicer.sliceMs) {
      const waiting = slicer.pause();
      if (waiting) await waiting;
      start = now();
    }
  }
}
