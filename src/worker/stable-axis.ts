import { buildTimeAxis, knotGap, type TimeAxis, type TimeAxisOptions } from './time-axis';

/** Index of `v` in ascending `a`, or -1. */
function indexOf(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}


/** How many distinct times in `sorted` (ascending) are not knots of the axis. */
function offKnotCount(axis: TimeAxis, sorted: Float64Array): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    if (indexOf(axis.times, sorted[i]!) < 0) count++;
  }
  return count;
}

/**
 * The previous axis with knots added beyond its ends for times outside it: every x
 * already on the axis stays where it was. Returns `axis` itself when nothing is outside.
 */
function extendEnds(axis: TimeAxis, sorted: Float64Array, options: TimeAxisOptions): TimeAxis {
  const k = axis.times.length;
  const first = axis.times[0]!;
  const last = axis.times[k - 1]!;
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t < first && before[before.length - 1] !== t) before.push(t);
    else if (t > last && after[after.length - 1] !== t) after.push(t);
  }
  if (before.length === 0 && after.length === 0) return axis;
  const times = new Float64Array(before.length + k + after.length);
  const xs = new Float64Array(times.length);
  times.set(before, 0);
  times.set(axis.times, before.length);
  times.set(after, before.length + k);
  xs.set(axis.xs, before.length);
  const breaks: number[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const gap = knotGap(times[i + 1]! - times[i]!, options);
    xs[i] = xs[i + 1]! - gap.px;
    if (gap.isBreak) breaks.push(i);
  }
  breaks.reverse();
  for (const b of axis.breaks) breaks.push(b + before.length);
  for (let i = before.length + k; i < times.length; i++) {
    const gap = knotGap(times[i]! - times[i - 1]!, options);
    xs[i] = xs[i - 1]! + gap.px;
    if (gap.isBreak) breaks.push(i - 1);
  }
  return { times, xs, slope: axis.slope, breaks: Int32Array.from(breaks) };
}

/**
 * The time axis for the next layout of an open story. A fresh axis (buildTimeAxis)
 * spaces every distinct time, so one new or moved time shifts every event after it:
 * thousands of nodes to redraw for one edit. Instead the previous axis is kept: a time
 * between knots is interpolated, a time beyond the ends gets new end knots, and knots
 * nobody uses any more stay (harmless: the map stays monotone and exactly invertible).
 * Only when more than `rebuildShare` of the distinct times are off the knots (new times
 * crowd between old ones) is the axis built afresh. `rebuilt` says which happened.
 */
export function stableTimeAxis(
  times: ArrayLike<number>,
  previous: TimeAxis | undefined,
  options: TimeAxisOptions,
  rebuildShare = 0.1,
): { axis: TimeAxis; rebuilt: boolean } {
  const sorted = Float64Array.from(times).sort();
  if (!previous || previous.times.length === 0 || sorted.length === 0) return { axis: buildTimeAxis(sorted, options), rebuilt: true };
  const axis = extendEnds(previous, sorted, options);
  if (offKnotCount(axis, sorted) > Math.max(16, rebuildShare * axis.times.length)) return { axis: buildTimeAxis(sorted, options), rebuilt: true };
  return { axis, rebuilt: false };
}
