import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { timeToX, type LaneLayout } from '../../state';
import { durationBarMaker, durationBars } from './DurationBars';

describe('durations on the canvas', () => {
  it('draws a bar from an event’s start to its end on the axis, on its row, and none for instants', () => {
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'moment', time: 5 }] });
    const axis = { times: Float64Array.from([3, 5, 171]), xs: Float64Array.from([0, 40, 120]), slope: 20, breaks: Int32Array.from([1]) };
    const lanes = { eventIds: ['week', 'moment'], positions: Float64Array.from([0, 16, 40, 44]), axis } as unknown as LaneLayout;
    const bars = durationBars(story, lanes);
    expect(bars).toEqual([{ x1: 0, x2: timeToX(axis, 171), y: 16 }]);
    expect(bars[0]!.x2).toBe(120);
  });

  it('finds each event’s row by id when the layout lists the events in another order (a layout of another revision)', () => {
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'night', time: 5, duration: 8 }, { id: 'moment', time: 5 }] });
    const axis = { times: Float64Array.from([3, 5, 13, 171]), xs: Float64Array.from([0, 40, 60, 120]), slope: 20, breaks: Int32Array.from([]) };
    // The layout is of a story where `moment` came first and `night` did not exist yet.
    const lanes = { eventIds: ['moment', 'week'], positions: Float64Array.from([40, 44, 0, 16]), axis } as unknown as LaneLayout;
    expect(durationBars(story, lanes)).toEqual([{ x1: 0, x2: 120, y: 16 }]);
  });

  it('kept across edits: the same bars as made afresh, the same list when no bar moved, new ends for a changed event or axis', () => {
    const make = durationBarMaker();
    const story = storyOf({ events: [{ id: 'week', time: 3, duration: 168 }, { id: 'night', time: 5, duration: 8 }, { id: 'moment', time: 5 }] });
    const axisOf = (xs: number[]) => ({ times: Float64Array.from([3, 5, 13, 171]), xs: Float64Array.from(xs), slope: 20, breaks: Int32Array.from([]) });
    // Each layout answer brings its own copy of the axis and positions.
    const lanesOf = (xs: number[], ys = [16, 44, 60]) =>
      ({ eventIds: ['week', 'night', 'moment'], positions: Float64Array.from(ys.flatMap((y, i) => [i * 10, y])), axis: axisOf(xs) }) as unknown as LaneLayout;
    const first = make(story, lanesOf([0, 40, 60, 120]));
    expect(first).toEqual(durationBars(story, lanesOf([0, 40, 60, 120])));
    // An intensity edit: a new event object, same times, same axis and rows: the same list.
    const louder = { ...story, events: [{ ...story.events[0]!, intensity: 0.9 }, ...story.events.slice(1)] };
    expect(make(louder, lanesOf([0, 40, 60, 120]))).toBe(first);
    // A longer night: its bar ends further on, the week's bar is the one made before.
    const longer = { ...louder, events: [louder.events[0]!, { ...louder.events[1]!, duration: 166 }, louder.events[2]!] };
    const after = make(longer, lanesOf([0, 40, 60, 120]));
    expect(after).toEqual(durationBars(longer, lanesOf([0, 40, 60, 120])));
    expect(after[0]).toBe(first[0]);
    expect(after[1]!.x2).toBe(120);
    // A row moved, and then the axis: bars made again where they changed.
    expect(make(longer, lanesOf([0, 40, 60, 120], [16, 50, 60]))).toEqual(durationBars(longer, lanesOf([0, 40, 60, 120], [16, 50, 60])));
    const stretched = make(longer, lanesOf([0, 50, 80, 200], [16, 50, 60]));
    expect(stretched).toEqual(durationBars(longer, lanesOf([0, 50, 80, 200], [16, 50, 60])));
    expect(stretched[0]!.x2).toBe(200);
  });
});
