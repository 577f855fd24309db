/**
 * The x axis of the lanes layout: story time mapped to pixels, piecewise linear
 * between the distinct event times ("knots"). Compressed time: within a busy stretch
 * (knots at most `breakAfter` units apart) x follows time linearly, so order and
 * relative spacing are kept; a longer empty stretch is collapsed to a short "break"
 * (listed in `breaks`, drawn with a break symbol on the ruler), a little wider for
 * longer gaps. Because the map is monotone and linear per segment, a drag along x
 * maps back to a time exactly (xToTime(timeToX(t)) = t).
 */
export interface TimeAxis {
  /** Distinct event times, ascending. */
  readonly times: Float64Array;
  /** x of each knot, strictly ascending. */
  readonly xs: Float64Array;
  /** Pixels per time unit before the first and after the last knot (and everywhere when there are no knots). */
  readonly slope: number;
  /** Knot indexes i whose segment to knot i + 1 is a collapsed empty stretch, ascending. */
  readonly breaks: Int32Array;
}

export interface TimeAxisOptions {
  /** The time unit of the busy stretches (the finest scale's window is a good choice). */
  readonly unit: number;
  /** Pixels per `unit` inside a busy stretch. */
  readonly stepPx: number;
  /** Smallest distance between two distinct times, so that close events stay apart. */
  readonly minGapPx: number;
  /** A gap longer than this many units is an empty stretch, collapsed to a break. */
  readonly breakAfter: number;
  /** Width of a break; each doubling of the gap beyond `breakAfter` adds a quarter of it. */
  readonly breakPx: number;
}

export const DEFAULT_TIME_AXIS_OPTIONS: TimeAxisOptions = { unit: 1, stepPx: 5, minGapPx: 3, breakAfter: 6, breakPx: 12 };

/** Pixels between two knots `dt` apart, and whether that gap is a break. */
export function knotGap(dt: number, options: TimeAxisOptions): { px: number; isBreak: boolean } {
  const unit = options.unit > 0 ? options.unit : 1;
  const units = dt / unit;
  if (units <= options.breakAfter) return { px: Math.max(options.minGapPx, options.stepPx * units), isBreak: false };
  return { px: Math.max(options.minGapPx, options.breakPx * (1 + 0.25 * Math.log2(units / options.breakAfter))), isBreak: true };
}

/** Builds the axis for the given times (any order, repeats allowed). O(n log n). */
export function buildTimeAxis(times: ArrayLike<number>, options: TimeAxisOptions = DEFAULT_TIME_AXIS_OPTIONS): TimeAxis {
  const unit = options.unit > 0 ? options.unit : 1;
  const sorted = Float64Array.from(times).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (k === 0 || sorted[i]! !== sorted[k - 1]!) sorted[k++] = sorted[i]!;
  }
  const knots = sorted.slice(0, k);
  const xs = new Float64Array(k);
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const gap = knotGap(knots[i]! - knots[i - 1]!, options);
    xs[i] = xs[i - 1]! + gap.px;
    if (gap.isBreak) breaks.push(i - 1);
  }
  // Beyond the ends time runs as in a busy stretch, so a drag past the last event stays fine-grained.
  const slope = options.stepPx / unit || 1;
  return { times: knots, xs, slope, breaks: Int32Array.from(breaks) };
}

/** Index of the last element of `a` that is <= v, or -1 (a ascending). */
export function floorIndex(a: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function interpolate(from: Float64Array, to: Float64Array, v: number, slope: number): number {
  const k = from.length;
  if (k === 0) return v * slope;
  if (v <= from[0]!) return to[0]! - (from[0]! - v) * slope;
  if (v >= from[k - 1]!) return to[k - 1]! + (v - from[k - 1]!) * slope;
  const i = floorIndex(from, v);
  const f = (v - from[i]!) / (from[i + 1]! - from[i]!);
  return to[i]! + f * (to[i + 1]! - to[i]!);
}

/** x of a story time. */
export function timeToX(axis: TimeAxis, time: number): number {
  return interpolate(axis.times, axis.xs, time, axis.slope);
}

/** Story time at an x position: the exact inverse of timeToX. */
export function xToTime(axis: TimeAxis, x: number): number {
  return interpolate(axis.xs, axis.times, x, 1 / axis.slope);
}

/** Whether story time `t` lies inside a collapsed empty stretch (strictly between its two knots). */
export function inBreak(axis: TimeAxis, t: number): boolean {
  const i = floorIndex(axis.times, t);
  if (i < 0 || i >= axis.times.length - 1 || t === axis.times[i]) return false;
  const b = floorIndex(axis.breaks, i);
  return b >= 0 && axis.breaks[b] === i;
}
