import { describe, expect, it } from 'vitest';
import { buildTimeAxis, inBreak, timeToX, xToTime } from './time-axis';

describe('the compressed time axis of the lanes layout', () => {
  // Hours: a busy night (0..3), a day later, then a year later.
  const options = { unit: 1, stepPx: 20, minGapPx: 6, breakAfter: 6, breakPx: 40 };
  const axis = buildTimeAxis([0, 1, 1, 24, 8760, 3, 2.5], options);

  it('places later times further right, everywhere', () => {
    const xs = [-5, 0, 1, 2, 2.5, 3, 24, 100, 8760, 9000].map((t) => timeToX(axis, t));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it('keeps the relative spacing of a busy stretch: two hours take twice the room of one', () => {
    const one = timeToX(axis, 1) - timeToX(axis, 0);
    const two = timeToX(axis, 3) - timeToX(axis, 1);
    expect(one).toBe(20);
    expect(two).toBeCloseTo(2 * one, 9);
  });

  it('collapses empty stretches into short breaks, a year barely wider than a day', () => {
    const day = timeToX(axis, 24) - timeToX(axis, 3);
    const year = timeToX(axis, 8760) - timeToX(axis, 24);
    expect(day).toBeLessThan(21 * 20);
    expect(year).toBeLessThan(3 * day);
    expect(Array.from(axis.breaks)).toEqual([3, 4]);
    expect(inBreak(axis, 10)).toBe(true);
    expect(inBreak(axis, 2)).toBe(false);
    expect(inBreak(axis, 24)).toBe(false);
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
    expect(empty.breaks.length).toBe(0);
  });
});
