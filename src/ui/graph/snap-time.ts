import { xToTime, type TimeAxis } from '../../state';

/**
 * The story time for a node dropped at x, rounded to a step that matches how many
 * time units a few pixels cover there, so a drag yields "12.5", not "12.4837".
 */
export function snapTime(axis: TimeAxis, x: number): number {
  const t = xToTime(axis, x);
  const perPx = Math.abs(xToTime(axis, x + 1) - t);
  const exponent = Math.ceil(Math.log10(Math.max(perPx * 3, 1e-6)));
  const step = 10 ** exponent;
  const snapped = Math.round(t / step) * step;
  // toFixed removes the binary noise of the multiplication (0.30000000000000004).
  return Number(snapped.toFixed(Math.max(0, -exponent)));
}
