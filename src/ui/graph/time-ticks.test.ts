import { describe, expect, it } from 'vitest';
import type { TimeAxis } from '../../state';
import { axisTicks, formatHours, formatTime } from './time-ticks';

/** A compressed axis by hand: a busy first day (0..6 h, 20 px an hour), a break, a busy stretch a year later. */
const axis: TimeAxis = {
  times: Float64Array.from([0, 6, 8760, 8766]),
  xs: Float64Array.from([0, 120, 180, 300]),
  slope: 20,
  breaks: Int32Array.from([1]),
};

describe('the time ruler', () => {
  it('tells hours as days and years', () => {
    expect(formatTime(8760, 'hour')).toBe('year 1');
    expect(formatTime(30, 'hour')).toBe('day 1 06:00');
    expect(formatTime(8760 + 48, 'hour')).toBe('year 1 day 2');
    expect(formatTime(2.5, 'hours')).toBe('02:30');
    expect(formatTime(0, 'hour')).toBe('0');
    expect(formatTime(3, 'day')).toBe('day 3');
    expect(formatHours(-24)).toBe('−day 1');
  });

  it('labels a unit of the story’s own as plain numbers', () => {
    expect(formatTime(12.5, 'beat')).toBe('12.5 beat');
  });

  it('places ticks left to right at increasing times, never inside a collapsed stretch, never crowded', () => {
    const { ticks, breaks } = axisTicks(axis, 'hour', 0, 2, 700);
    expect(ticks.length).toBeGreaterThan(3);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
      expect(ticks[i]!.time).toBeGreaterThan(ticks[i - 1]!.time);
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(40);
    }
    for (const t of ticks) expect(t.time <= 6 || t.time >= 8760).toBe(true);
    expect(ticks.map((t) => t.label)).toContain('year 1');
    expect(breaks).toEqual([{ x1: 240, x2: 360 }]);
  });

  it('labels no time before the story’s first event or after its last, in a canvas wider than the story', () => {
    const short: TimeAxis = { times: Float64Array.from([0, 10]), xs: Float64Array.from([0, 200]), slope: 20, breaks: Int32Array.from([]) };
    // The story in the middle of a canvas three times its width.
    const { ticks } = axisTicks(short, 'hour', 200, 1, 600);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.map((t) => t.label)).toContain('0');
    for (const t of ticks) expect(t.time >= 0 && t.time <= 10).toBe(true);
  });

  it('labels events that stand alone between empty stretches with their own times, never crowded', () => {
    // The sample story's start, in hours: a busy first two hours, then events days apart, each
    // between two breaks (12-16 px wide), which read as one long break with no round time in it.
    const times = [0, 1, 2, 320, 400, 1400, 1440, 2400, 2401, 3000];
    const xs = [0, 5, 10, 26, 41, 58, 70, 86, 91, 106];
    const lonely: TimeAxis = { times: Float64Array.from(times), xs: Float64Array.from(xs), slope: 5, breaks: Int32Array.from([2, 3, 4, 5, 6, 8]) };
    const { ticks } = axisTicks(lonely, 'hour', 0, 4, 500);
    const labels = ticks.map((t) => t.label);
    expect(labels).toContain('0');
    // 320 h and 1,440 h are days 13 and 60; both stand alone between breaks.
    expect(labels).toContain('day 13 08:00');
    expect(labels).toContain('day 60');
    for (let i = 1; i < ticks.length; i++) {
      const room = (ticks[i]!.label.length + ticks[i - 1]!.label.length) * 3.25 + 8;
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(room);
      expect(ticks[i]!.time).toBeGreaterThan(ticks[i - 1]!.time);
    }
    for (const t of ticks) expect(times.includes(t.time) || t.time <= 2).toBe(true);
  });

  it('follows pan and zoom: a tick moves with the canvas', () => {
    const a = axisTicks(axis, 'hour', 0, 2, 700).ticks.find((t) => t.label === 'year 1')!;
    const b = axisTicks(axis, 'hour', -100, 2, 700).ticks.find((t) => t.label === 'year 1')!;
    expect(b.x).toBeCloseTo(a.x - 100, 9);
  });

  it('zoomed out over thousands of empty stretches, shows them as a few marks that never crowd', () => {
    const n = 3000;
    const many: TimeAxis = {
      times: Float64Array.from({ length: n }, (_, i) => i * 1000),
      xs: Float64Array.from({ length: n }, (_, i) => i * 50),
      slope: 1,
      breaks: Int32Array.from({ length: n - 1 }, (_, i) => i),
    };
    const { ticks, breaks } = axisTicks(many, 'hour', 0, 0.005, 800);
    expect(breaks.length).toBeLessThan(80);
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]!.x1 - breaks[i - 1]!.x2).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
  });
});
