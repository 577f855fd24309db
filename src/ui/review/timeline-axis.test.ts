import { describe, expect, it } from 'vitest';
import { timeLabel, timelineTicks } from './timeline-axis';

describe('the tension curve’s timeline axis', () => {
  it('spreads its ticks over the events evenly, first and last included', () => {
    // No time rounder than another, so no tick moves.
    const times = Array.from({ length: 101 }, (_, i) => i + 0.37);
    expect(timelineTicks(times, 5)).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives a dense cluster as much room as its share of the events, not of the story time', () => {
    // 90 events within one hour, then 10 spread over the next 10,000: by time the cluster is one spike at the left.
    const times = [...Array.from({ length: 90 }, (_, i) => i / 90), ...Array.from({ length: 10 }, (_, i) => 1000 * (i + 1))];
    const ticks = timelineTicks(times, 11);
    expect(ticks.filter((i) => times[i]! < 1).length).toBeGreaterThanOrEqual(8);
    expect(ticks.at(-1)).toBe(99);
  });

  it('puts a tick on a nearby event with a round time rather than on an odd one', () => {
    // Every quarter hour for 600 hours, as in the bundled chronicle: 399.75 and 599.75 read badly.
    const times = Array.from({ length: 2400 }, (_, i) => i / 4);
    const labels = timelineTicks(times, 4).map((i) => timeLabel(times[i]!));
    expect(labels).toEqual(['0', '200', '400', '599.75']);
  });

  it('ticks only the events in view while the chart is zoomed in', () => {
    const times = Array.from({ length: 2400 }, (_, i) => i / 4);
    const ticks = timelineTicks(times, 3, 799.4, 1200.6);
    expect(ticks.map((i) => times[i])).toEqual([200, 250, 300]);
  });

  it('leaves out a tick that would repeat the time of the one before it', () => {
    const times = [0, 0, 0, 0, 0, 5, 5, 5, 5, 9];
    const ticks = timelineTicks(times, 10);
    expect(ticks.map((i) => times[i])).toEqual([0, 5, 9]);
  });

  it('copes with one event and with no room', () => {
    expect(timelineTicks([4], 8)).toEqual([0]);
    expect(timelineTicks([1, 2, 3], 0)).toEqual([0, 2]);
    expect(timelineTicks([], 8)).toEqual([]);
  });

  it('labels times with grouped thousands and at most two decimals', () => {
    expect([10000, 7000.5, 0.123456, 3].map(timeLabel)).toEqual(['10,000', '7,000.5', '0.12', '3']);
  });
});
