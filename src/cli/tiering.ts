import { setFlagsFromString } from 'node:v8';

/**
 * From this many events on, `nao` lets V8 optimise the analysis with TurboFan; below it, the
 * code runs in V8's interpreter and baseline compiler only. A check runs each rule once, so
 * TurboFan's compilations (about a second of CPU on background threads for a 10k-event story,
 * most of it landing after the loops it was for have ended) cost more than they save until
 * the story is large: on the 2-core bench machine the analysis of a 10k-event dense story
 * takes about 110 ms of wall time without TurboFan against 125-250 ms with it, and the
 * crossover is near 15k events (docs/BENCHMARKS.md, "nao check cold").
 */
export const OPTIMIZE_FROM_EVENTS = 15_000;

/** Whether this process turned TurboFan off (so it only turns back on what it turned off). */
let turnedOff = false;

/** Picks V8's tiering for a story of `events` events, before it is loaded and analysed. */
export function tierFor(events: number): void {
  const small = events < OPTIMIZE_FROM_EVENTS;
  if (small === turnedOff) return;
  // Tiering flags are read at each tier-up decision, so they can change while the process runs.
  setFlagsFromString(small ? '--no-turbofan' : '--turbofan');
  turnedOff = small;
}

/** The number of events of a parsed story file (0 when it has no event list). */
export function eventCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const events = (value as { readonly events?: unknown }).events;
  return Array.isArray(events) ? events.length : 0;
}
