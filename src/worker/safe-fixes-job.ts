import { now } from '../core/analysis/clock';
import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import { defineJob } from './job';
import type { SafeFixes } from './protocol';
import { safeFixesSkipping } from './safe-fixes';

/** Progress is reported at most this often: the panel needs a few updates a second, not one per conflict. */
const PROGRESS_EVERY_MS = 80;

/** A story snapshot to fix, and the conflicts the author dismissed (never targeted). */
export interface SafeFixesInput {
  readonly story: Story;
  readonly ignore: readonly string[];
}

/** Reports throttled to one every PROGRESS_EVERY_MS, the finished ones always. */
export function throttledProgress(report: (p: FixProgress) => void, clock: () => number = now): (p: FixProgress) => void {
  let last = -Infinity;
  return (p) => {
    const t = clock();
    if (t - last < PROGRESS_EVERY_MS && p.done < p.total) return;
    last = t;
    report({ done: p.done, total: p.total, steps: p.steps, left: p.left });
  };
}

/**
 * "Accept all safe fixes": fixing a large story takes seconds, so it runs as a job,
 * off the analysis worker, which keeps answering (conflicts, layout, impact) meanwhile.
 */
export const safeFixesJob = defineJob<SafeFixesInput, FixProgress, SafeFixes>({
  run: (input, { report }) => safeFixesSkipping(input.story, new Set(input.ignore), throttledProgress(report)),
});
