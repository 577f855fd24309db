import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch, type StorySketch } from '../testing/story-builder';
import { themeJumpRule } from './theme-jump';
import { eventsFoundWith, findWith } from './timeline/test-run';

const carrying = (id: string, time: number, themes: Record<string, number>): EventSketch => ({ id, time, themes });
const found = (events: EventSketch[], extra: Partial<StorySketch> = {}) =>
  eventsFoundWith(themeJumpRule, storyOf({ events, ...extra }));

describe('theme-jump', () => {
  it('flags healing that arrives all at once, naming the theme, levels and events', () => {
    const story = storyOf({
      events: [
        { ...carrying('a', 1, { healing: 0.1 }), title: 'Mara begins to heal' },
        { ...carrying('b', 2, { healing: 0.9 }), title: 'Mara is whole again' },
      ],
    });
    const conflicts = findWith(themeJumpRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['a', 'b']]);
    expect(conflicts[0]!.subjects).toEqual([{ kind: 'theme', theme: 'healing' }]);
    expect(conflicts[0]!.message).toBe(
      'The growth theme healing jumps from 0.1 in Mara begins to heal (scene, t=1) to 0.9 in ' +
        'Mara is whole again (scene, t=2), more than the allowed step of 0.5.',
    );
  });

  it('does not flag a step of exactly the threshold', () => {
    expect(found([carrying('a', 1, { trust: 0.25 }), carrying('b', 2, { trust: 0.75 })])).toEqual([]);
  });

  it('does not flag a fall, only a rise', () => {
    expect(found([carrying('a', 1, { wisdom: 0.9 }), carrying('b', 2, { wisdom: 0.1 })])).toEqual([]);
  });

  it('ignores themes that are not growth themes, unless the story declares them', () => {
    const events = [carrying('a', 1, { courage: 0.1 }), carrying('b', 2, { courage: 0.9 })];
    expect(found(events)).toEqual([]);
    expect(found(events, { themes: { growth: ['courage'] } })).toEqual(['a,b']);
  });

  it('skips events that do not carry the theme when pairing consecutive carriers', () => {
    const events = [
      carrying('a', 1, { strength: 0.1 }),
      carrying('none', 2, { strength: 0 }),
      carrying('other', 3, { hope: 0.5 }),
      carrying('b', 4, { strength: 0.8 }),
    ];
    expect(found(events)).toEqual(['a,b']);
  });

  it('passes growth that climbs step by step, in timeline order', () => {
    const events = [carrying('c', 3, { healing: 0.9 }), carrying('a', 1, { healing: 0.1 }), carrying('b', 2, { healing: 0.5 })];
    expect(found(events)).toEqual([]);
  });

  it('uses the story threshold when it sets one', () => {
    const events = [carrying('a', 1, { healing: 0.1 }), carrying('b', 2, { healing: 0.9 })];
    expect(found(events, { thresholds: { themeJump: 0.8 } })).toEqual([]);
  });

  it('merges two themes jumping between the same events into one conflict', () => {
    const story = storyOf({
      events: [carrying('a', 1, { healing: 0.1, trust: 0.2 }), carrying('b', 2, { healing: 0.9, trust: 0.8 })],
    });
    const conflicts = findWith(themeJumpRule, story);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toBe(
      'The growth themes healing (0.1 to 0.9) and trust (0.2 to 0.8) jump between a (scene, t=1) and b (scene, t=2), ' +
        'more than the allowed step of 0.5.',
    );
  });
});
