import { describe, expect, it } from 'vitest';
import { buildTimeAxis, timeToX, xToTime } from './time-axis';

describe('the time axis of the lanes layout', () => {
  const axis = buildTimeAxis([0, 1, 1, 24, 8760, 3], { unit: 1, stepPx: 50, minGapPx: 10 });

  it('places later events further right', () => {
    const xs = [-5, 0, 1, 2, 3, 24, 100, 8760, 9000].map((t) => timeToX(axis, t));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it('compresses long gaps: a year is far less than 8760 times an hour', () => {
    const hour = timeToX(axis, 1) - timeToX(axis, 0);
    const year = timeToX(axis, 8760) - timeToX(axis, 24);
    expect(hour).toBe(10 + 50);
    expect(year).toBeLessThan(20 * hour);
  });

  it('maps a dragged x back to the time it came from, between, before and after the events', () => {
    for (const t of [-30, 0, 0.5, 1, 2.25, 3, 10, 24, 500, 8760, 9999]) {
      expect(xToTime(axis, timeToX(axis, t))).toBeCloseTo(t, 9);
    }
  });

  it('moves a dragged event halfway between two events to halfway in time', () => {
    const x = (timeToX(axis, 3) + timeToX(axis, 24)) / 2;
    expect(xToTime(axis, x)).toBeCloseTo(13.5, 9);
  });

  it('works for a story without events', () => {
    const empty = buildTimeAxis([]);
    expect(xToTime(empty, timeToX(empty, 42))).toBeCloseTo(42, 9);
  });
});
