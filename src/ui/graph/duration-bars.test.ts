import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { timeToX, type LaneLayout } from '../../state';
import { nodeId } from './canvas-ids';
import { durationBars } from './DurationBars';

describe('durations on the canvas', () => {
  it('draws a bar from an event’s start to its end on the axis, on its row, and none for instants', () => {
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'moment', time: 5 }] });
    const axis = { times: Float64Array.from([3, 5, 171]), xs: Float64Array.from([0, 40, 120]), slope: 20, breaks: Int32Array.from([1]) };
    const lanes = { eventIds: ['week', 'moment'], positions: Float64Array.from([0, 16, 40, 44]), axis } as unknown as LaneLayout;
    const bars = durationBars(story, lanes);
    expect(bars).toEqual([{ x1: 0, x2: timeToX(axis, 171), y: 16, faint: false }]);
    expect(bars[0]!.x2).toBe(120);
  });

  it('finds each event’s row by id when the layout lists the events in another order (a layout of another revision)', () => {
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'night', time: 5, duration: 8 }, { id: 'moment', time: 5 }] });
    const axis = { times: Float64Array.from([3, 5, 13, 171]), xs: Float64Array.from([0, 40, 60, 120]), slope: 20, breaks: Int32Array.from([]) };
    // The layout is of a story where `moment` came first and `night` did not exist yet.
    const lanes = { eventIds: ['moment', 'week'], positions: Float64Array.from([40, 44, 0, 16]), axis } as unknown as LaneLayout;
    expect(durationBars(story, lanes)).toEqual([{ x1: 0, x2: 120, y: 16, faint: false }]);
  });

  it('draws the bar of an event the Events filters leave out as faint as the event', () => {
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'night', time: 5, duration: 8 }] });
    const axis = { times: Float64Array.from([3, 5, 13, 171]), xs: Float64Array.from([0, 40, 60, 120]), slope: 20, breaks: Int32Array.from([]) };
    const lanes = { eventIds: ['week', 'night'], positions: Float64Array.from([0, 16, 40, 44]), axis } as unknown as LaneLayout;
    const bars = durationBars(story, lanes, new Set([nodeId('night')]));
    expect(bars.map((b) => b.faint)).toEqual([false, true]);
  });
});
