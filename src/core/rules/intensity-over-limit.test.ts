import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch, type StorySketch } from '../testing/story-builder';
import { intensityOverLimitRule } from './intensity-over-limit';
import { eventsFoundWith, findWith } from './timeline/test-run';

const felt = (id: string, intensity: number): EventSketch => ({ id, intensity });
const found = (events: EventSketch[], extra: Partial<StorySketch> = {}) =>
  eventsFoundWith(intensityOverLimitRule, storyOf({ events, ...extra }));

describe('intensity-over-limit', () => {
  it('flags a scene more intense than the player should face, with the limit in the message', () => {
    const story = storyOf({ events: [{ ...felt('a', 0.9), title: 'The wreck', time: 1 }, felt('b', 0.2)] });
    const conflicts = findWith(intensityOverLimitRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['a']]);
    expect(conflicts[0]!.message).toBe(
      'The wreck (scene, t=1) reaches intensity 0.9, above the limit of 0.85 set for this player.',
    );
  });

  it('does not flag a scene exactly at the limit', () => {
    expect(found([felt('a', 0.85)])).toEqual([]);
  });

  it('uses the therapy limit of the story', () => {
    expect(found([felt('a', 0.7), felt('b', 0.5)], { therapy: { maxIntensity: 0.6 } })).toEqual(['a']);
    expect(found([felt('a', 0.9)], { therapy: { maxIntensity: 1 } })).toEqual([]);
  });
});
