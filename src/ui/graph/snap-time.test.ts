import { describe, expect, it } from 'vitest';
import { timeToX, type TimeAxis } from '../../state';
import { snapTime } from './snap-time';

/** An axis as the worker builds it: knots at the event times, log-compressed gaps. */
function axisOf(times: number[]): TimeAxis {
  const xs = [0];
  for (let i = 1; i < times.length; i++) xs.push(xs[i - 1]! + 12 + 56 * Math.log2(1 + (times[i]! - times[i - 1]!)));
  return { times: Float64Array.from(times), xs: Float64Array.from(xs), slope: 56 / Math.LN2, breaks: new Int32Array(0) };
}

describe('dragging an event along the time axis', () => {
  const axis = axisOf([0, 1, 2, 10, 100, 8760]);

  it('drops an event back at its own time when it is released where it was', () => {
    for (const t of [0, 1, 2, 10, 100, 8760]) expect(snapTime(axis, timeToX(axis, t))).toBe(t);
  });

  it('gives round times, finer where the axis is stretched and coarser where it is compressed', () => {
    const near = snapTime(axis, timeToX(axis, 1.5) + 0.4);
    expect(near).toBeCloseTo(1.5, 1);
    expect(String(near).length).toBeLessThanOrEqual(4);
    const far = snapTime(axis, (timeToX(axis, 100) + timeToX(axis, 8760)) / 2);
    expect(far % 10).toBe(0);
    expect(far).toBeGreaterThan(100);
    expect(far).toBeLessThan(8760);
  });
});
