import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { conflictsOf, storyOf } from '../testing/story-builder';
import { scaleJumpRule } from './scale-jump';

describe('scale-jump', () => {
  it('flags a scene that directly causes a world event, in either direction', () => {
    const story = storyOf({
      events: [
        { id: 's', scale: 'scene' },
        { id: 'w', scale: 'world' },
        { id: 'g', scale: 'saga' },
        { id: 't', scale: 'scene' },
      ],
      links: [{ from: 's', to: 'w' }, { from: 'g', to: 't' }],
    });
    expect(conflictsOf(story, 'scale-jump').map((c) => c.events)).toEqual([['g', 't'], ['s', 'w']]);
  });

  it('accepts links between neighbouring scales and within one scale', () => {
    const story = storyOf({
      events: [{ id: 's', scale: 'scene' }, { id: 'a', scale: 'arc' }, { id: 'w', scale: 'world' }, { id: 'w2', scale: 'world' }],
      links: [{ from: 's', to: 'a' }, { from: 'a', to: 'w' }, { from: 'w', to: 'w2' }, { from: 'w2', to: 'a' }],
    });
    expect(conflictsOf(story, 'scale-jump')).toEqual([]);
  });

  it('uses the story’s own scale list', () => {
    const story = storyOf({
      scales: [{ id: 'beat', window: 1 }, { id: 'day', window: 24 }, { id: 'year', window: 8760 }],
      events: [{ id: 'b', scale: 'beat' }, { id: 'y', scale: 'year' }],
      links: [{ from: 'b', to: 'y' }],
    });
    const [conflict] = detectConflicts(buildStoryIndex(story), [scaleJumpRule]);
    expect(conflict!.message).toBe('b (beat, t=0) directly causes y (year, t=0), skipping the day scale in between.');
  });

  it('names every skipped scale', () => {
    const story = storyOf({
      events: [{ id: 'lamp', title: 'Mara lights the lamp', scale: 'scene' }, { id: 'war', title: 'The war ends', scale: 'saga', time: 3 }],
      links: [{ from: 'lamp', to: 'war' }],
    });
    const [conflict] = detectConflicts(buildStoryIndex(story), [scaleJumpRule]);
    expect(conflict!.message).toBe(
      'Mara lights the lamp (scene, t=0) directly causes The war ends (saga, t=3), skipping the arc and world scales in between.',
    );
  });
});
