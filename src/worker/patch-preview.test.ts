import { describe, expect, it } from 'vitest';
import { EditError } from '../core/edits/edit-error';
import { storyOf } from '../core/testing/story-builder';
import { previewPatch } from './patch-preview';

const story = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'bell', title: 'The bell rings', time: 6, scale: 'arc' },
  ],
  links: [
    { from: 'storm', to: 'flood', strength: 0.6 },
    { from: 'flood', to: 'bell', strength: 0.4 },
  ],
});

describe('previewing a proposal patch as a ghost diff', () => {
  it('names an event moved in time with where it was and where it would go', () => {
    const p = previewPatch(story, [{ kind: 'set-event-field', eventId: 'flood', field: 'time', value: 5 }]);
    expect(p.movedEvents).toEqual([{ id: 'flood', title: 'The harbor floods', from: { scale: 'scene', time: 4 }, to: { scale: 'scene', time: 5 } }]);
    expect(p.addedEvents).toEqual([]);
    expect(p.removedEvents).toEqual([]);
    expect(p.addedLinks).toEqual([]);
    expect(p.removedLinks).toEqual([]);
    expect(p.changedEvents).toEqual([]);
  });

  it('shows a bridge event with its two links added and the rerouted link removed', () => {
    const p = previewPatch(story, [
      {
        kind: 'add-event',
        event: { id: 'storm-bridge', title: 'Bridge', scale: 'arc', time: 5, duration: 0, participants: [], themes: {}, intensity: 0, tags: [], effects: {} },
      },
      { kind: 'remove-link', linkId: 'flood->bell' },
      { kind: 'add-link', link: { id: 'l1', from: 'flood', to: 'storm-bridge', strength: 0.4, kind: 'causes' } },
      { kind: 'add-link', link: { id: 'l2', from: 'storm-bridge', to: 'bell', strength: 0.4, kind: 'causes' } },
    ]);
    expect(p.addedEvents).toEqual([{ id: 'storm-bridge', title: 'Bridge', scale: 'arc', time: 5 }]);
    expect(p.addedLinks.map((l) => [l.from, l.to])).toEqual([
      ['flood', 'storm-bridge'],
      ['storm-bridge', 'bell'],
    ]);
    expect(p.removedLinks.map((l) => l.id)).toEqual(['flood->bell']);
    expect(p.movedEvents).toEqual([]);
  });

  it('lists a removed event and the links that go with it', () => {
    const p = previewPatch(story, [{ kind: 'remove-event', eventId: 'flood' }]);
    expect(p.removedEvents.map((e) => e.id)).toEqual(['flood']);
    expect(p.removedLinks.map((l) => l.id).sort()).toEqual(['flood->bell', 'storm->flood']);
  });

  it('tells a change in place (intensity, themes) from a move, and a weaker link from a removed one', () => {
    const p = previewPatch(story, [
      { kind: 'set-event-field', eventId: 'bell', field: 'intensity', value: 0.2 },
      { kind: 'set-theme', eventId: 'bell', theme: 'hope', intensity: 0.5 },
      { kind: 'set-link-field', linkId: 'storm->flood', field: 'strength', value: 0.9 },
    ]);
    expect(p.movedEvents).toEqual([]);
    expect(p.changedEvents).toEqual([{ id: 'bell', title: 'The bell rings', fields: ['intensity', 'themes'] }]);
    expect(p.changedLinks).toEqual([
      { id: 'storm->flood', from: 'storm', to: 'flood', before: { strength: 0.6, kind: 'causes' }, after: { strength: 0.9, kind: 'causes' } },
    ]);
    expect(p.removedLinks).toEqual([]);
  });

  it('treats a link whose end changes as the old one removed and the new one added', () => {
    const p = previewPatch(story, [{ kind: 'set-link-field', linkId: 'flood->bell', field: 'from', value: 'storm' }]);
    expect(p.removedLinks.map((l) => [l.from, l.to])).toEqual([['flood', 'bell']]);
    expect(p.addedLinks.map((l) => [l.from, l.to])).toEqual([['storm', 'bell']]);
  });

  it('leaves the story untouched and refuses a patch that does not apply', () => {
    const before = JSON.stringify(story);
    previewPatch(story, [{ kind: 'set-event-field', eventId: 'flood', field: 'time', value: 50 }]);
    expect(JSON.stringify(story)).toBe(before);
    expect(() => previewPatch(story, [{ kind: 'remove-event', eventId: 'ghost' }])).toThrow(EditError);
  });
});
