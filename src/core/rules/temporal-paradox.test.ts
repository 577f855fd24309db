import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { conflictsOf, storyOf } from '../testing/story-builder';
import { temporalParadoxRule } from './temporal-paradox';

describe('temporal-paradox', () => {
  it('flags an effect placed before its cause', () => {
    const story = storyOf({
      events: [{ id: 'drown', time: 12 }, { id: 'boat', time: 9 }],
      links: [{ from: 'drown', to: 'boat' }],
    });
    expect(conflictsOf(story, 'temporal-paradox')).toEqual([{ type: 'temporal-paradox', events: ['boat', 'drown'] }]);
  });

  it('accepts a cause and effect at the same time, and an effect after its cause', () => {
    const story = storyOf({
      events: [{ id: 'a', time: 5 }, { id: 'b', time: 5 }, { id: 'c', time: 6 }],
      links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }],
    });
    expect(conflictsOf(story, 'temporal-paradox')).toEqual([]);
  });

  it('merges two links between the same events into one conflict listing both', () => {
    const story = storyOf({
      events: [{ id: 'a', time: 2 }, { id: 'b', time: 1 }],
      links: [
        { id: 'first', from: 'a', to: 'b' },
        { id: 'second', from: 'a', to: 'b', kind: 'motivates' },
      ],
    });
    const found = detectConflicts(buildStoryIndex(story), [temporalParadoxRule]);
    expect(found).toHaveLength(1);
    expect(found[0]!.links).toEqual(['first', 'second']);
  });

  it('tells the designer which event comes too early', () => {
    const story = storyOf({
      events: [
        { id: 'drown', title: 'Mara drowns', time: 12 },
        { id: 'boat', title: 'Mara takes the boat', time: 9 },
      ],
      links: [{ from: 'drown', to: 'boat' }],
    });
    const [conflict] = detectConflicts(buildStoryIndex(story), [temporalParadoxRule]);
    expect(conflict!.events).toEqual(['drown', 'boat']);
    expect(conflict!.message).toBe('Mara takes the boat (scene, t=9) is caused by Mara drowns (scene, t=12), which happens later.');
  });
});
