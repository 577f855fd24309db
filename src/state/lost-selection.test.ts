import { describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import { lostSelectionText } from './lost-selection';

const story = storyOf({
  events: [
    { id: 'a', title: 'The storm', time: 0 },
    { id: 'b', title: 'The wreck', time: 1 },
    { id: 'c', title: 'The rescue', time: 2 },
  ],
  links: [{ id: 'l1', from: 'a', to: 'b' }],
});

describe('lostSelectionText', () => {
  it('names one deleted event, or the ends of one deleted link', () => {
    expect(lostSelectionText(story, { events: ['a', 'c'], links: [] }, { events: ['c'], links: [] })).toBe('Another tab deleted “The storm”, which you had selected here.');
    expect(lostSelectionText(story, { events: [], links: ['l1'] }, { events: [], links: [] })).toBe('Another tab deleted the link you had selected here (“The storm” → “The wreck”).');
  });

  it('counts several deleted events and links', () => {
    expect(lostSelectionText(story, { events: ['a', 'b'], links: ['l1'] }, { events: [], links: [] })).toBe('Another tab deleted 2 events and 1 link you had selected here.');
  });

  it('says nothing when the selection kept everything', () => {
    expect(lostSelectionText(story, { events: ['a'], links: ['l1'] }, { events: ['a'], links: ['l1'] })).toBeNull();
  });
});
