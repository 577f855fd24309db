import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../analysis/analyze';
import { buildStoryIndex } from '../../analysis/story-index';
import { applyEdits } from '../../edits/apply-edit';
import type { Story } from '../../model/story';
import { storyOf } from '../../testing/story-builder';
import { proposeResolutions } from '../propose';

function ids(story: Story): Set<string> {
  return new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
}

describe('an intermediate event for a long causal gap between two scenes', () => {
  // A scene causes another 300 hours later. A scene reaches 2 hours, an arc 48: no arc chain of
  // five spans that, and a single coarser event would jump scales from both scenes. Neither end
  // can move: each has a linked neighbour on the other side.
  const story = storyOf({
    events: [
      { id: 'vow', title: 'Mara makes a vow', time: 0, participants: ['mara'] },
      { id: 'ring', title: 'Mara puts on the ring', time: 1, participants: ['mara'] },
      { id: 'doubt', title: 'Mara doubts', time: 299, participants: ['mara'] },
      { id: 'keep', title: 'Mara keeps her vow', time: 300, participants: ['mara'] },
    ],
    links: [{ from: 'vow', to: 'ring' }, { from: 'doubt', to: 'keep' }, { from: 'vow', to: 'keep' }],
  });

  it('climbs one scale per hop and comes back down, adding nothing', () => {
    const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.type === 'causal-gap')!;
    const [top] = proposeResolutions(story, conflict.id);
    expect(top!.kind).toBe('insert-intermediate-event');
    expect(top!.description).toBe('Insert 3 events reaching up to the world scale between "Mara makes a vow" and "Mara keeps her vow" and route the link through them.');
    const after = applyEdits(story, top!.patch).story;
    expect(after.events.filter((e) => e.title.startsWith('Meanwhile')).map((e) => e.scale)).toEqual(['arc', 'world', 'arc']);
    expect([...ids(after)].filter((id) => !ids(story).has(id))).toEqual([]);
    expect(ids(after).has(conflict.id)).toBe(false);
  });
});

describe('moving an event next to calmer neighbours', () => {
  // The storm (an arc) is caused by a calm scene that comes later. Removing the link would leave
  // the storm without a finer cause, and moving it after its cause as it is makes a spike.
  const story = storyOf({
    therapy: { maxIntensity: 1, peakIntensity: 0.95, maxIntensityStep: 0.4, recoveryWithin: 3, recoveryIntensity: 0.3 },
    events: [
      { id: 'a', title: 'Mara waits', time: -1, intensity: 0.6 },
      { id: 'x', title: 'Mara watches', time: 1, intensity: 0.6 },
      { id: 'calm', title: 'The sea is calm', time: 5, intensity: 0.1 },
      { id: 'storm', title: 'The storm breaks', scale: 'arc', time: 0, intensity: 0.6 },
      { id: 'after', title: 'Mara sleeps', time: 6, intensity: 0.1 },
    ],
    links: [{ from: 'calm', to: 'storm' }],
  });

  it('also sets its intensity to fit its new neighbours, adding nothing', () => {
    const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.type === 'temporal-paradox')!;
    const [top] = proposeResolutions(story, conflict.id);
    expect(top!.description).toBe(
      'Move "The storm breaks" to t=5, the time of its cause "The sea is calm", and set the intensity of "The storm breaks" to 0.5 to fit its new neighbours.',
    );
    const after = applyEdits(story, top!.patch).story;
    expect([...ids(after)].filter((id) => !ids(story).has(id))).toEqual([]);
    expect(ids(after).has(conflict.id)).toBe(false);
  });
});
