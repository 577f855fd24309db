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

/** Timeline neighbours of a new event inserted at file position `pos` with time t. */
export function neighboursAt(ix: StoryIndex, t: number, pos: number): { prev?: number; next?: number } {
  let prev: number | undefined;
  let next: number | undefined;
  for (let i = 0; i < ix.n; i++) {
    const ti = ix.time[i]!;
    const isBefore = ti < t || (ti === t && i < pos);
    if (isBefore) {
      if (prev === undefined || ti > ix.time[prev]! || (ti === ix.time[prev]! && i > prev)) prev = i;
    } else if (next === undefined || ti < ix.time[next]! || (ti === ix.time[next]! && i < next)) {
      next = i;
    }
  }
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

/** Whether one of the `count` events up to and including timeline position r peaks. */
function peakWithin(ix: StoryIndex, r: number, count: number): boolean {
  const { peakIntensity } = ix.settings.therapy;
  for (let p = r; p >= 0 && p > r - count; p--) if (ix.events[ix.timeline[p]!]!.intensity >= peakIntensity) return true;
  return false;
}

/**
 * An intensity for a new event inserted at file position `pos` with time t that
 * adds no therapeutic conflict when one exists: no spike from or to its timeline
 * neighbours, within the limit, below the peak level, and a recovery when it
 * lands right after a peak (it pushes later events out of the peak's window).
 * Otherwise halfway between its neighbours, capped at the limit.
 */
export function fittingIntensity(ix: StoryIndex, t: number, pos: number): number {
  const { maxIntensity, peakIntensity, maxIntensityStep: step, recoveryIntensity, recoveryWithin } = ix.settings.therapy;
  const { prev, next } = neighboursAt(ix, t, pos);
  const a = prev === undefined ? undefined : ix.events[prev]!.intensity;
  const b = next === undefined ? undefined : ix.events[next]!.intensity;
  const blended = a !== undefined && b !== undefined ? midpoint(a, b) : (a ?? b ?? 0);
  const lo = Math.max(0, b === undefined ? 0 : b - step);
  const belowPeak = peakIntensity > 0 ? nudgeDown(peakIntensity, (x) => x < peakIntensity, 0) : 0;
  const hi = Math.min(1, maxIntensity, belowPeak, a === undefined ? 1 : a + step);
  if (lo > hi) return Math.min(blended, maxIntensity);
  const calm = prev !== undefined && peakWithin(ix, ix.rank[prev]!, recoveryWithin) && lo <= recoveryIntensity;
  const target = calm ? Math.min(hi, recoveryIntensity) : Math.min(hi, Math.max(lo, blended));
  let v = target;
  if (a !== undefined) v = nudgeDown(v, (x) => !(x - a > step), lo);
  if (b !== undefined) v = nudgeUp(v, (x) => !(b - x > step), hi);
  return v;
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
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }

  /** A fresh id from base, reserved from now on. */
  take(base: string): string {
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    return id;
  }
}

/** New events are built by the op builders (one place for the format's defaults). */
export { newEvent } from '../edits/ops';
