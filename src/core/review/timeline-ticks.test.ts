import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeLabel, timelineTicks } from './timeline-ticks';

describe('timeline ticks', () => {
  it('spreads the ticks over the events evenly, first and last included', () => {
    // No time is rounder than another here, so no tick moves off its even place.
    const times = Array.from({ length: 101 }, (_, i) => i + 0.37);
    expect(timelineTicks(times, 5)).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives a dense cluster as much room as its share of the events, not of the story time', () => {
    // 90 events within one hour, then 10 over the next 10,000.
    const times = [...Array.from({ length: 90 }, (_, i) => i / 90), ...Array.from({ length: 10 }, (_, i) => 1000 * (i + 1))];
    const ticks = timelineTicks(times, 11);
    expect(ticks.filter((i) => times[i]! < 1).length).toBeGreaterThanOrEqual(8);
    expect(ticks.at(-1)).toBe(99);
  });

  it('moves a tick to a nearby event with a round time rather than an odd one', () => {
    // Every quarter hour for 600 hours: the even places fall on 199.75 and 399.75.
    const times = Array.from({ length: 2400 }, (_, i) => i / 4);
    expect(timelineTicks(times, 4).map((i) => timeLabel(times[i]!))).toEqual(['0', '200', '400', '599.75']);
  });

  it('ticks only the events in view when given a window', () => {
    const times = Array.from({ length: 2400 }, (_, i) => i / 4);
    const ticks = timelineTicks(times, 3, 799.4, 1200.6);
    expect(ticks[0]).toBe(800);
    expect(ticks.at(-1)).toBe(1200);
  });

  it('leaves out a tick that would repeat the time of the one before it', () => {
    const times = [0, 0, 0, 0, 0, 5, 5, 5, 5, 9];
    expect(timelineTicks(times, 10).map((i) => times[i])).toEqual([0, 5, 9]);
  });

  it('copes with one event, no room and no events', () => {
    expect(timelineTicks([4], 8)).toEqual([0]);
    expect(timelineTicks([1, 2, 3], 0)).toEqual([0, 2]);
    expect(timelineTicks([], 8)).toEqual([]);
  });

  it('on any timeline: ascending events with ascending, distinct labels, at most the room, from the first event to the last time', () => {
    const timeline = fc.array(fc.integer({ min: -4000, max: 40000 }).map((q) => q / 4), { minLength: 1, maxLength: 300 }).map((ts) => ts.sort((a, b) => a - b));
    fc.assert(
      fc.property(timeline, fc.integer({ min: 0, max: 30 }), (times, room) => {
        const ticks = timelineTicks(times, room);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, room));
        for (let k = 1; k < ticks.length; k++) {
          expect(ticks[k]!).toBeGreaterThan(ticks[k - 1]!);
          expect(times[ticks[k]!]!).toBeGreaterThan(times[ticks[k - 1]!]!);
        }
        expect(timeLabel(times[ticks.at(-1)!]!)).toBe(timeLabel(times.at(-1)!));
      }),
    );
  });

  it('labels times with grouped thousands and at most two decimals', () => {
    expect([10000, 7000.5, 0.123456, 3].map(timeLabel)).toEqual(['10,000', '7,000.5', '0.12', '3']);
  });
});
