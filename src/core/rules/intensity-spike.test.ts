import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch, type StorySketch } from '../testing/story-builder';
import { intensitySpikeRule } from './intensity-spike';
import { eventsFoundWith, findWith } from './timeline/test-run';

const felt = (id: string, time: number, intensity: number, scale = 'scene'): EventSketch => ({ id, time, intensity, scale });
const found = (events: EventSketch[], extra: Partial<StorySketch> = {}) =>
  eventsFoundWith(intensitySpikeRule, storyOf({ events, ...extra }));

describe('intensity-spike', () => {
  it('flags a quiet morning followed at once by an attack, naming both', () => {
    const story = storyOf({
      events: [
        { ...felt('a', 1, 0.1), title: 'Quiet morning' },
        { ...felt('b', 2, 0.6), title: 'Sudden attack' },
      ],
    });
    const conflicts = findWith(intensitySpikeRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['a', 'b']]);
    expect(conflicts[0]!.message).toBe(
      'Intensity jumps from 0.1 in Quiet morning (scene, t=1) to 0.6 in Sudden attack (scene, t=2), ' +
        'more than the allowed step of 0.4.',
    );
  });

  it('does not flag a rise of exactly the allowed step', () => {
    expect(found([felt('a', 1, 0.1), felt('b', 2, 0.5)])).toEqual([]);
  });

  it('does not flag a drop', () => {
    expect(found([felt('a', 1, 0.9), felt('b', 2, 0.1)])).toEqual([]);
  });

  it('passes a gradual build-up and looks only at consecutive events', () => {
    expect(found([felt('a', 1, 0.1), felt('b', 2, 0.4), felt('c', 3, 0.7)])).toEqual([]);
  });

  it('pairs neighbours on the whole timeline, across scales and regardless of file order', () => {
    const events = [felt('late', 3, 1, 'world'), felt('early', 1, 0.1, 'arc'), felt('mid', 2, 0.55)];
    expect(found(events)).toEqual(['early,mid', 'mid,late']);
  });

  it('pairs events at the same time in file order', () => {
    expect(found([felt('a', 1, 0.9), felt('b', 1, 0.1)])).toEqual([]);
    expect(found([felt('b', 1, 0.1), felt('a', 1, 0.9)])).toEqual(['b,a']);
  });

  it('uses the therapy step of the story', () => {
    expect(found([felt('a', 1, 0.1), felt('b', 2, 0.45)], { therapy: { maxIntensityStep: 0.3 } })).toEqual(['a,b']);
  });
});
