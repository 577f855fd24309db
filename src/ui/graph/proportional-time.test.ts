import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { timeToX, xToTime, type LaneLayout } from '../../state';
import { proportionalLanes, proportionalTracker } from './proportional-time';

describe('proportional time', () => {
  const story = storyOf({ events: [{ id: 'a', time: 0 }, { id: 'b', time: 1 }, { id: 'c', time: 1000 }] });
  // A compressed axis: the hour between a and b as wide as the 999 hours after.
  const axis = { times: Float64Array.from([0, 1, 1000]), xs: Float64Array.from([0, 100, 200]), slope: 100, breaks: Int32Array.from([1]) };
  const lanes = { eventIds: ['a', 'b', 'c'], positions: Float64Array.from([0, 10, 100, 40, 200, 10]), axis, timeScale: 100 } as unknown as LaneLayout;

  it('spaces events by how far apart they are in time, over the same width, rows kept', () => {
    const p = proportionalLanes(lanes, story);
    expect(p.positions[0]).toBe(0);
    expect(p.positions[4]).toBeCloseTo(200, 9);
    expect(p.positions[2]).toBeCloseTo(0.2, 9);
    expect([p.positions[1], p.positions[3], p.positions[5]]).toEqual([10, 40, 10]);
    expect(p.axis.breaks.length).toBe(0);
  });

  it('maps a drag back to the time under it', () => {
    const p = proportionalLanes(lanes, story);
    expect(xToTime(p.axis, timeToX(p.axis, 500))).toBeCloseTo(500, 9);
    expect(xToTime(p.axis, 100)).toBeCloseTo(500, 9);
  });
});

describe('proportional time across edits', () => {
  const axis = { times: Float64Array.from([0, 1, 1000]), xs: Float64Array.from([0, 100, 200]), slope: 100, breaks: Int32Array.from([1]) };
  const lanes = { eventIds: ['a', 'b', 'c'], positions: Float64Array.from([0, 10, 100, 40, 200, 10]), axis, timeScale: 100 } as unknown as LaneLayout;
  const at = (a: number, b: number, c: number) => storyOf({ events: [{ id: 'a', time: a }, { id: 'b', time: b }, { id: 'c', time: c }] });
  const xs = (p: LaneLayout): number[] => [p.positions[0]!, p.positions[2]!, p.positions[4]!];

  it('moves only the edited event when the first time moves inwards', () => {
    const proportional = proportionalTracker();
    const before = xs(proportional(lanes, at(0, 1, 1000)));
    const after = xs(proportional(lanes, at(500, 1, 1000)));
    // A fresh fit to the new span (1..1000) would have moved b and c too.
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect(after[0]).toBeCloseTo(before[2]! / 2, 9);
  });

  it('draws the line on past its end when an event moves beyond it, the others staying put', () => {
    const proportional = proportionalTracker();
    const before = xs(proportional(lanes, at(0, 1, 1000)));
    const extended = { ...lanes, axis: { ...axis, times: Float64Array.from([0, 1, 1000, 3000]), xs: Float64Array.from([0, 100, 200, 260]) } };
    const p = proportional(extended, at(0, 3000, 1000));
    expect([p.positions[0], p.positions[4]]).toEqual([before[0], before[2]]);
    expect(p.positions[2]).toBeCloseTo(600, 9);
    expect(xToTime(p.axis, timeToX(p.axis, 3000))).toBeCloseTo(3000, 9);
  });

  it('starts afresh on another axis (another story)', () => {
    const proportional = proportionalTracker();
    proportional(lanes, at(0, 1, 1000));
    const other = { ...lanes, axis: { times: Float64Array.from([0, 10]), xs: Float64Array.from([50, 150]), slope: 10, breaks: new Int32Array(0) } };
    const p = proportional(other, at(0, 5, 10));
    expect(xs(p)).toEqual([50, 100, 150]);
  });
});
