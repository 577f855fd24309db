import { setFlagsFromString } from 'node:v8';

/**
 * From this many events on, `nao` lets V8 optimise with TurboFan; below it, code runs in V8's
 * baseline compiler only (Sparkplug, from each function's first call). A check runs each rule
 * once: TurboFan compiles the hot loops on background threads (about a second of CPU for a
 * 10k-event story, most of it landing after the loop it was for has ended), and on a 2-core
 * machine those threads take the core the check runs on. Measured on the 2-core bench machine
 * (load, index, rules, scores; docs/BENCHMARKS.md, "nao check cold, tiering"): 10k dense
 * events 100 ms without TurboFan against 140 ms with it, 15k 150 against 164 ms, even near
 * 20k, and TurboFan well ahead at 40k and 100k. 15k keeps a margin for machines with more
 * cores, where its threads do not compete.
 */
export const OPTIMIZE_FROM_EVENTS = 15_000;

/** Whether this process turned TurboFan off (so it only turns back on what it turned off). */
let turnedOff = false;

/** Picks V8's tiering for a story of `events` events, before it is loaded and analysed. */
export function tierFor(events: number): void {
  const small = events < OPTIMIZE_FROM_EVENTS;
  if (small === turnedOff) return;
  // Tiering flags are read at each tier-up decision, so they can change while the process runs.
  // Sparkplug compiles in one fast pass, on this thread: a few milliseconds saved at 10k events.
  setFlagsFromString(small ? '--no-turbofan --always-sparkplug' : '--turbofan --no-always-sparkplug');
  turnedOff = small;
}

/** The number of events of a parsed story file (0 when it has no event list). */
export function eventCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const events = (value as { readonly events?: unknown }).events;
  return Array.isArray(events) ? events.length : 0;
}
