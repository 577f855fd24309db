/** Time a ping may take before the worker counts as dead, for a tiny story and no missed pings. */
export const PING_TIMEOUT_MS = 5000;
/**
 * Extra time per event and link of the story the worker holds. A worker answers a ping only
 * after the request it is running, and opening or re-analysing a large story on a slow,
 * busy machine takes seconds (a 20,000-event dense story took over 10 s with two browsers
 * on two cores): a fixed 5 s restarted it mid-job, the restarted worker began the same job
 * again, and after three restarts analysis stopped for good.
 */
export const PING_MS_PER_ELEMENT = 0.25;

/**
 * How long to wait for a ping: the base, plus time in proportion to the story, doubled for
 * each ping in a row that went unanswered (each restart gives the new worker more time, so
 * a slow job is not cut off in a loop, while a worker that really died is still noticed).
 */
export function pingTimeoutMs(baseMs: number, elements: number, missedInARow: number): number {
  return (baseMs + elements * PING_MS_PER_ELEMENT) * 2 ** Math.min(missedInARow, 4);
}
