/**
 * The x axis of the lanes layout: story time mapped to pixels, piecewise linear
 * between the distinct event times ("knots"). Gaps between knots are compressed
 * logarithmically so that a saga spanning years and a scene spanning minutes are
 * both readable; because the map is monotone and linear per segment, a drag
 * along x maps back to a time exactly (xToTime(timeToX(t)) = t).
 */
export interface TimeAxis {
  /** Distinct event times, ascending. */
  readonly times: Float64Array;
  /** x of each knot, strictly ascending. */
  readonly xs: Float64Array;
  /** Pixels per time unit before the first and after the last knot (and everywhere when there are no knots). */
  readonly slope: number;
}

export interface TimeAxisOptions {
  /** Time span that gets `stepPx` pixels (the finest scale's window is a good choice). */
  readonly unit: number;
  /** Pixels for a gap of one `unit`; each doubling of the gap adds as much again. */
  readonly stepPx: number;
  /** Smallest distance between two distinct times, so that close events stay apart. */
  readonly minGapPx: number;
}

export const DEFAULT_TIME_AXIS_OPTIONS: TimeAxisOptions = { unit: 1, stepPx: 56, minGapPx: 12 };

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
  for (let i = 1; i < k; i++) {
    const dt = knots[i]! - knots[i - 1]!;
    xs[i] = xs[i - 1]! + options.minGapPx + options.stepPx * Math.log2(1 + dt / unit);
  }
  // The slope of the compressed map at a gap of zero, so extrapolation matches the spacing of close events.
  const slope = (options.stepPx / (unit * Math.LN2)) || 1;
  return { times: knots, xs, slope };
}

/** Index of the last element of `a` that is <= v, or -1 (a ascending). */
function floorIndex(a: Float64Array, v: number): number {
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
