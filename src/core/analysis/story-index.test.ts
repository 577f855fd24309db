import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyOf } from '../testing/story-builder';
import { buildStoryIndex } from './story-index';

describe('the story index', () => {
  it('orders the timeline by time, ties in file order, whatever the times', () => {
    const time = fc.oneof(fc.constantFrom(0, -0, 1, 1.5, -2, 1e12, -1e-12, Infinity, -Infinity), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(time, { maxLength: 40 }), (times) => {
        const ix = buildStoryIndex(storyOf({ events: times.map((t, i) => ({ id: `e${i}`, time: t })) }));
        // The obvious stable sort: by time, then by index (0 and -0 are equal times).
        const expected = times.map((_, i) => i).sort((a, b) => (times[a]! < times[b]! ? -1 : times[a]! > times[b]! ? 1 : a - b));
        expect([...ix.timeline]).toEqual(expected);
        expect(expected.every((i, p) => ix.rank[i] === p)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the links between known events, in story order, and skips the others', () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }], links: [{ id: 'l1', from: 'a', to: 'b' }, { id: 'l2', from: 'b', to: 'a' }] });
    const withStray = { ...story, links: [story.links[0]!, { ...story.links[0]!, id: 'stray', to: 'gone' }, story.links[1]!] };
    const ix = buildStoryIndex(withStray);
    expect(ix.links.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect([...ix.linkFrom]).toEqual([0, 1]);
    expect([...ix.linkTo]).toEqual([1, 0]);
    expect(buildStoryIndex(story).links).toBe(story.links);
  });
});
