import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { timeToX, xToTime, type LaneLayout } from '../../state';
import { proportionalLanes } from './proportional-time';

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
