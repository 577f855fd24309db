import { describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import { newEventId, newLinkId } from './ids';

describe('ids for new events and links', () => {
  it('numbers a new event after the count of events, skipping numbers already taken', () => {
    expect(newEventId(storyOf({ events: [{ id: 'e1' }, { id: 'e2' }] }))).toBe('e3');
    // The first candidate (e3) is taken, and so is the next one.
    expect(newEventId(storyOf({ events: [{ id: 'e3' }, { id: 'storm' }, { id: 'e4' }] }))).toBe('e5');
    expect(newEventId(storyOf({ events: [{ id: 'x2' }] }), 'x')).toBe('x3');
  });

  it("gives a link the format's from->to id, numbered when two links join the same events", () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }], links: [{ from: 'a', to: 'b' }] });
    const taken = story.links[0]!.id;
    const next = newLinkId(story, 'a', 'b');
    expect(next).not.toBe(taken);
    expect(next.startsWith(taken)).toBe(true);
    expect(newLinkId(story, 'b', 'a')).not.toBe(taken);
  });
});
