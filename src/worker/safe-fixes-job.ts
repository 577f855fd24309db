import { now } from '../core/analysis/clock';
import type { FixProgress } from '../core/resolutions/fix-all';
import { safeFixesSkipping } from './safe-fixes';
import type { SafeFixesMessage, SafeFixesRequest } from './safe-fixes-protocol';

/** Progress messages are posted at most this often: the panel needs a few a second, not one per conflict. */
const PROGRESS_EVERY_MS = 80;

/**
 * Runs one request of the safe-fixes worker, posting progress as it goes and then
 * the result (or the error). Free of worker APIs so that it is tested in Node.
 */
export function runSafeFixesJob(request: SafeFixesRequest, post: (message: SafeFixesMessage) => void, clock: () => number = now): void {
  const { requestId } = request;
  let lastPost = -Infinity;
  const onProgress = (p: FixProgress): void => {
    const t = clock();
    if (t - lastPost < PROGRESS_EVERY_MS && p.done < p.total) return;
    lastPost = t;
    post({ kind: 'progress', requestId, done: p.done, total: p.total, steps: p.steps });
  };
  try {
    const fixes = safeFixesSkipping(request.story, new Set(request.ignore), onProgress);
    post({ kind: 'result', requestId, fixes });
  } catch (e) {
    post({ kind: 'error', requestId, message: e instanceof Error ? e.message : String(e) });
  }
}
