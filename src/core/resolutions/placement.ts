import type { StoryIndex } from '../analysis/story-index';

/** The time halfway between a and b, without overflowing for huge times. */
export function midpoint(a: number, b: number): number {
  if (a === b) return a;
  const m = a + (b - a) / 2;
  return Number.isFinite(m) ? m : a / 2 + b / 2;
}

/**
 * Where in the event list to insert a block of new events with these times so
 * that, in timeline order, they land after `after` and before `before` (event
 * indices). Only ties matter: the timeline breaks equal times by file order.
 */
export function blockPosition(
  ix: StoryIndex,
  after: number | undefined,
  before: number | undefined,
  times: readonly number[],
): number {
  const tieAfter = after !== undefined && times.some((t) => t === ix.time[after]);
  const tieBefore = before !== undefined && times.some((t) => t === ix.time[before]);
  if (tieBefore && before !== undefined && (!tieAfter || (after !== undefined && after < before))) return before;
  if (after !== undefined) return after + 1;
  return before ?? ix.n;
}

/** Timeline neighbours of a new event inserted at file position `pos` with time t (a binary search of the timeline). */
export function neighboursAt(ix: StoryIndex, t: number, pos: number): { prev?: number; next?: number } {
  // The timeline is sorted by time, ties by file position, so "comes before the new event" holds for a prefix.
  const before = (i: number): boolean => ix.time[i]! < t || (ix.time[i]! === t && i < pos);
  let lo = 0;
  let hi = ix.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(ix.timeline[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  const prev = lo > 0 ? ix.timeline[lo - 1]! : undefined;
  const next = lo < ix.n ? ix.timeline[lo]! : undefined;
  return { ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) };
}

/** The event right after i in timeline order, skipping `skip`; undefined at the end. */
export function timelineAfter(ix: StoryIndex, i: number, skip?: number): number | undefined {
  for (let p = ix.rank[i]! + 1; p < ix.n; p++) {
    const j = ix.timeline[p]!;
    if (j !== skip) return j;
  }
  return undefined;
}

/** The event right before i in timeline order, skipping `skip`; undefined at the start. */
export function timelineBefore(ix: StoryIndex, i: number, skip?: number): number | undefined {
  for (let p = ix.rank[i]! - 1; p >= 0; p--) {
    const j = ix.timeline[p]!;
    if (j !== skip) return j;
  }
  return undefined;
}

/** Whether one of the `count` events up to and including timeline position r peaks (with the rules' tolerance). */
function peakWithin(ix: StoryIndex, r: number, count: number): boolean {
  const { peakIntensity } = ix.settings.therapy;
  for (let p = r; p >= 0 && p > r - count; p--) if (ix.events[ix.timeline[p]!]!.intensity >= peakIntensity - THRESHOLD_MARGIN) return true;
  return false;
}

/**
 * The latest peak among the recoveryWithin events up to a new event inserted at file
 * position `pos` with time t: the peak whose recovery the new event may push out of reach.
 */
export function peakBefore(ix: StoryIndex, t: number, pos: number): number | undefined {
  const { prev } = neighboursAt(ix, t, pos);
  if (prev === undefined) return undefined;
  const { peakIntensity, recoveryWithin } = ix.settings.therapy;
  const r = ix.rank[prev]!;
  for (let p = r; p >= 0 && p > r - recoveryWithin; p--) {
    const j = ix.timeline[p]!;
    if (ix.events[j]!.intensity >= peakIntensity - THRESHOLD_MARGIN) return j;
  }
  return undefined;
}

/**
 * How far inserted intensities stay from the therapy's peak level and limit. The rules
 * allow EPS = 1e-9 either way, so 0.6999999999999998 next to a peak level of 0.7 is a
 * peak; a designer reads 0.65 as "below 0.7" too.
 */
export const THRESHOLD_MARGIN = 0.05;

const floor2 = (x: number): number => Math.floor(x * 100 + 1e-7) / 100;
const ceil2 = (x: number): number => Math.ceil(x * 100 - 1e-7) / 100;

/**
 * A value in [lo, hi] near `target`, with two decimals when one fits (designers read
 * 0.45, not 0.44999999999999996); otherwise the nearest value in the range.
 */
export function tidyWithin(target: number, lo: number, hi: number): number {
  const a = ceil2(lo);
  const b = floor2(hi);
  if (a <= b) return Math.min(b, Math.max(a, Math.round(target * 100) / 100));
  return Math.min(hi, Math.max(lo, target));
}

/**
 * An intensity for a new event inserted at file position `pos` with time t that adds
 * no therapeutic conflict when one exists: no spike from or to its timeline
 * neighbours, a clear margin below the limit and the peak level, and a recovery
 * (at most recoveryIntensity) when it lands within recoveryWithin events after a
 * peak (it pushes later events out of the peak's window). Two decimals when they
 * fit. Otherwise halfway between its neighbours, capped at the limit.
 */
export function fittingIntensity(ix: StoryIndex, t: number, pos: number): number {
  const { maxIntensity, peakIntensity, maxIntensityStep: step, recoveryIntensity, recoveryWithin } = ix.settings.therapy;
  const { prev, next } = neighboursAt(ix, t, pos);
  const a = prev === undefined ? undefined : ix.events[prev]!.intensity;
  const b = next === undefined ? undefined : ix.events[next]!.intensity;
  const blended = a !== undefined && b !== undefined ? midpoint(a, b) : (a ?? b ?? 0);
  const lo = Math.max(0, b === undefined ? 0 : b - step);
  const cap = Math.min(1, maxIntensity - THRESHOLD_MARGIN, peakIntensity - THRESHOLD_MARGIN);
  const hi = Math.min(cap, a === undefined ? 1 : a + step);
  if (lo > hi) {
    // No margin left: the exact bounds of the rules, if they leave room.
    const exactHi = Math.min(1, maxIntensity, nudgeDown(peakIntensity, (x) => x < peakIntensity - 1e-9, 0), a === undefined ? 1 : a + step);
    return lo <= exactHi ? lo : Math.min(blended, maxIntensity);
  }
  const calm = prev !== undefined && peakWithin(ix, ix.rank[prev]!, recoveryWithin) && lo <= recoveryIntensity;
  const target = calm ? Math.min(hi, recoveryIntensity) : Math.min(hi, Math.max(lo, blended));
  return tidyWithin(target, lo, calm ? Math.min(hi, recoveryIntensity) : hi);
}

function nudge(v: number, ok: (x: number) => boolean, limit: number, dir: 1 | -1): number {
  let x = v;
  for (let k = 0; k < 64 && !ok(x) && x * dir < limit * dir; k++) {
    const step = Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON * 2 ** Math.min(k, 30));
    x = dir > 0 ? Math.min(limit, x + step) : Math.max(limit, x - step);
  }
  return x;
}

/**
 * Lowers v by the smallest steps until `ok(v)` holds: "P + step" may round so
 * that (P + step) - P > step, and the rules compare strictly. Never below lo.
 */
export function nudgeDown(v: number, ok: (x: number) => boolean, lo = 0): number {
  return nudge(v, ok, lo, -1);
}

/** Raises v by the smallest steps until `ok(v)` holds; never above hi. */
export function nudgeUp(v: number, ok: (x: number) => boolean, hi = Number.MAX_VALUE): number {
  return nudge(v, ok, hi, 1);
}

/** Hands out ids not yet used in the story (nor by earlier calls): base, base-2, base-3, ... */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly inStory: (id: string) => boolean;

  /** The story's ids, as a list or as a lookup (no copy of a large story's ids per proposal). */
  constructor(taken: Iterable<string> | ((id: string) => boolean)) {
    if (typeof taken === 'function') this.inStory = taken;
    else {
      for (const id of taken) this.taken.add(id);
      this.inStory = () => false;
    }
  }

  /** A fresh id from base, reserved from now on. */
  take(base: string): string {
    let id = base;
    for (let k = 2; this.taken.has(id) || this.inStory(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    return id;
  }
}

/** New events are built by the op builders (one place for the format's defaults). */
export { newEvent } from '../edits/ops';
