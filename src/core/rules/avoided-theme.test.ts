import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch } from '../testing/story-builder';
import { avoidedThemeRule } from './avoided-theme';
import { eventsFoundWith, findWith } from './timeline/test-run';

const touching = (id: string, themes: Record<string, number>): EventSketch => ({ id, themes });
const avoiding = (avoid: string[], events: EventSketch[]) => storyOf({ events, therapy: { avoid } });

describe('avoided-theme', () => {
  it('flags a scene touching a theme this player must not meet, naming it', () => {
    const story = avoiding(['self_harm'], [{ ...touching('a', { self_harm: 0.3 }), title: 'A dark thought', time: 1 }]);
    const conflicts = findWith(avoidedThemeRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['a']]);
    expect(conflicts[0]!.subjects).toEqual([{ kind: 'theme', theme: 'self_harm' }]);
    expect(conflicts[0]!.message).toBe(
      "A dark thought (scene, t=1) touches the theme self_harm, which this player's therapy settings ask to avoid.",
    );
  });

  it('does not flag a theme present at level 0', () => {
    expect(eventsFoundWith(avoidedThemeRule, avoiding(['self_harm'], [touching('c', { grief: 0.5, self_harm: 0 })]))).toEqual(
      [],
    );
  });

  it('flags nothing when the therapy avoids nothing', () => {
    expect(eventsFoundWith(avoidedThemeRule, storyOf({ events: [touching('a', { self_harm: 1 })] }))).toEqual([]);
  });

  it('reports one conflict per event, naming every avoided theme it touches', () => {
    const story = avoiding(['gore', 'self_harm'], [touching('a', { self_harm: 0.3, gore: 0.2 }), touching('b', { gore: 0.1 })]);
    const conflicts = findWith(avoidedThemeRule, story);
    expect(conflicts.map((c) => c.events).sort()).toEqual([['a'], ['b']]);
    expect(conflicts.find((c) => c.events[0] === 'a')!.message).toBe(
      "a (scene, t=0) touches the themes self_harm and gore, which this player's therapy settings ask to avoid.",
    );
  });

  it('is not fooled by a theme named like a built-in property', () => {
    expect(eventsFoundWith(avoidedThemeRule, avoiding(['constructor'], [touching('a', { grief: 1 })]))).toEqual([]);
  });
});
