import { describe, expect, it } from 'vitest';
import { stableTimeAxis } from './stable-axis';
import { buildTimeAxis, timeToX, xToTime } from './time-axis';

const options = { unit: 1, stepPx: 12, minGapPx: 16, breakAfter: 6, breakPx: 40 };

describe('the time axis kept across edits', () => {
  const first = buildTimeAxis([0, 2, 5, 9], options);

  it('keeps every x where it was when times are added before, between and after the old ones', () => {
    const { axis, rebuilt } = stableTimeAxis([-4, 0, 2, 3, 5, 9, 30], first, options);
    expect(rebuilt).toBe(false);
    for (const t of [0, 2, 5, 9, 3.5]) expect(timeToX(axis, t)).toBe(timeToX(first, t));
    // The new end times are spaced as a fresh axis would space them from their neighbours.
    const fresh = buildTimeAxis([-4, 0, 2, 3, 5, 9, 30], options);
    expect(timeToX(axis, 30) - timeToX(axis, 9)).toBeCloseTo(timeToX(fresh, 30) - timeToX(fresh, 9), 9);
    expect(timeToX(axis, 0) - timeToX(axis, -4)).toBeCloseTo(timeToX(fresh, 0) - timeToX(fresh, -4), 9);
    // 9 -> 30 is an empty stretch: a break in both.
    expect(Array.from(axis.breaks)).toEqual(Array.from(fresh.breaks).filter((b) => b !== 2).map((b) => (b > 2 ? b - 1 : b)));
    for (const t of [-10, -4, 0, 3, 9, 30, 31]) expect(xToTime(axis, timeToX(axis, t))).toBeCloseTo(t, 9);
  });

  it('is the very same axis when no time leaves its range', () => {
    expect(stableTimeAxis([2, 4, 9], first, options).axis).toBe(first);
  });

  it('is built afresh without a previous axis, and once too many times fall between knots', () => {
    expect(stableTimeAxis([1, 2], undefined, options).rebuilt).toBe(true);
    const crowded = Array.from({ length: 40 }, (_, i) => 0.1 + i * 0.2);
    const { axis, rebuilt } = stableTimeAxis([0, 2, 5, 9, ...crowded], first, options);
    expect(rebuilt).toBe(true);
    expect(Array.from(axis.times)).toContain(0.1);
  });
});
