import { describe, expect, it } from 'vitest';
import { storyOf } from '../testing/story-builder';
import { patchCost } from './cost';

const story = storyOf({
  events: [
    { id: 'a', title: 'Calm', time: 10, intensity: 0.8, themes: { hope: 0.5 } },
    { id: 'w', title: 'War', scale: 'world', time: 10 },
  ],
  links: [{ from: 'a', to: 'w' }],
});

describe('patchCost', () => {
  it('charges a small nudge less than a large one', () => {
    const small = patchCost(story, [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.7 }]);
    const large = patchCost(story, [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.2 }]);
    expect(small).toBeCloseTo(1.1, 10);
    expect(large).toBeCloseTo(1.6, 10);
  });

  it('measures a time move in windows of the event scale, at most one extra unit', () => {
    const sceneHour = patchCost(story, [{ kind: 'set-event-field', eventId: 'a', field: 'time', value: 10.5 }]);
    const sceneDay = patchCost(story, [{ kind: 'set-event-field', eventId: 'a', field: 'time', value: 34 }]);
    const worldDay = patchCost(story, [{ kind: 'set-event-field', eventId: 'w', field: 'time', value: 34 }]);
    expect(sceneHour).toBeCloseTo(1.5, 10);
    expect(sceneDay).toBe(2);
    expect(worldDay).toBeCloseTo(1 + 24 / 720, 10);
  });

  it('sums the weights of a patch that adds an event and reroutes a link', () => {
    const cost = patchCost(story, [
      { kind: 'remove-link', linkId: 'a->w' },
      { kind: 'add-event', event: { ...story.events[0]!, id: 'b' } },
      { kind: 'add-link', link: { id: 'a->b', from: 'a', to: 'b', strength: 0.5, kind: 'causes' } },
      { kind: 'add-link', link: { id: 'b->w', from: 'b', to: 'w', strength: 0.5, kind: 'causes' } },
    ]);
    expect(cost).toBe(1.5 + 2 + 1 + 1);
  });

  it('charges removing a theme by how strong it was', () => {
    expect(patchCost(story, [{ kind: 'set-theme', eventId: 'a', theme: 'hope', intensity: null }])).toBe(1.5);
    expect(patchCost(story, [{ kind: 'add-tag', eventId: 'w', tag: 'premise' }])).toBe(1);
  });
});
