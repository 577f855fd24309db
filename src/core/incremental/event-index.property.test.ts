import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import type { Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { storyOf } from '../testing/story-builder';
import { indexWithEvents } from './inserted-events';
import { indexWithoutEvents, indexWithoutLinks } from './removed-events';

/** What an index says about a story, as plain data. */
function tables(ix: StoryIndex) {
  return {
    n: ix.n,
    m: ix.m,
    eventIndex: [...ix.eventIndex].sort((a, b) => a[1] - b[1]),
    ...Object.fromEntries((['scaleIdx', 'time', 'timeline', 'rank', 'linkFrom', 'linkTo', 'outStart', 'outLinks', 'inStart', 'inLinks'] as const).map((k) => [k, [...ix[k]]])),
  };
}

/** A story and a subset of its event positions (ascending), many of them at times. */
const arbStoryAndEvents = arbStory({ maxEvents: 24 }).chain((story) =>
  fc.tuple(fc.constant(story), fc.subarray([...story.events.keys()], { minLength: Math.min(1, story.events.length) })),
);

describe('the index patched for events removed or inserted', () => {
  it('equals the index built afresh: first without the events links, then without the events', () => {
    fc.assert(
      fc.property(arbStoryAndEvents, ([story, gone]) => {
        const ix = buildStoryIndex(story);
        const ids = new Set(gone.map((d) => story.events[d]!.id));
        const removed = story.links.flatMap((l, j) => (ids.has(l.from) || ids.has(l.to) ? [j] : []));
        const bare: Story = { ...story, links: story.links.filter((_, j) => !removed.includes(j)) };
        const { ix: mid, ends } = indexWithoutLinks(ix, bare, removed, gone);
        expect(tables(mid)).toEqual(tables(buildStoryIndex(bare)));
        const after: Story = { ...bare, events: story.events.filter((e) => !ids.has(e.id)) };
        const done = indexWithoutEvents(mid, after, gone, ends);
        expect(done && tables(done.ix)).toEqual(tables(buildStoryIndex(after)));
        // Without the ends known beforehand, the same.
        expect(tables(indexWithoutEvents(mid, after, gone)!.ix)).toEqual(tables(buildStoryIndex(after)));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the index built afresh when an event with many links goes, alone or with another', () => {
    const others = Array.from({ length: 30 }, (_, k) => ({ id: `e${k}`, time: k % 7 }));
    const links = others.flatMap(({ id }, k) => [
      ...(k % 3 === 0 ? [{ id: `to-${id}`, from: 'hub', to: id }] : []),
      ...(k % 4 === 0 ? [{ id: `from-${id}`, from: id, to: 'hub' }] : []),
      { id: `next-${id}`, from: id, to: `e${(k + 1) % 30}` },
    ]);
    const story = storyOf({ events: [...others.slice(0, 12), { id: 'hub', time: 3 }, ...others.slice(12)], links });
    for (const goneIds of [['hub'], ['e2', 'hub'], ['hub', 'e29']]) {
      const gone = goneIds.map((id) => story.events.findIndex((e) => e.id === id));
      const removed = story.links.flatMap((l, j) => (goneIds.includes(l.from) || goneIds.includes(l.to) ? [j] : []));
      expect(removed.length).toBeGreaterThan(16);
      const bare: Story = { ...story, links: story.links.filter((_, j) => !removed.includes(j)) };
      const { ix: mid, ends } = indexWithoutLinks(buildStoryIndex(story), bare, removed, gone);
      expect(tables(mid)).toEqual(tables(buildStoryIndex(bare)));
      const after: Story = { ...bare, events: story.events.filter((e) => !goneIds.includes(e.id)) };
      expect(tables(indexWithoutEvents(mid, after, gone, ends)!.ix)).toEqual(tables(buildStoryIndex(after)));
    }
  });

  it('equals the index built afresh when events go from a story of thousands of links', () => {
    const events = Array.from({ length: 700 }, (_, k) => ({ id: `e${k}`, time: (k * 37) % 101 }));
    const links = events.flatMap(({ id }, k) => [1, 2, 5, 50, 333].map((step) => ({ id: `${id}-${step}`, from: id, to: `e${(k + step) % 700}` })));
    const story = storyOf({ events, links });
    for (const gone of [[350], [0], [699], [3, 400], [120, 121, 500]]) {
      const ids = gone.map((d) => story.events[d]!.id);
      const removed = story.links.flatMap((l, j) => (ids.includes(l.from) || ids.includes(l.to) ? [j] : []));
      const bare: Story = { ...story, links: story.links.filter((_, j) => !removed.includes(j)) };
      const { ix: mid, ends } = indexWithoutLinks(buildStoryIndex(story), bare, removed, gone);
      expect(tables(mid)).toEqual(tables(buildStoryIndex(bare)));
      const after: Story = { ...bare, events: story.events.filter((e) => !ids.includes(e.id)) };
      expect(tables(indexWithoutEvents(mid, after, gone, ends)!.ix)).toEqual(tables(buildStoryIndex(after)));
    }
  });

  it('equals the index built afresh with events inserted anywhere, at equal times too', () => {
    fc.assert(
      fc.property(arbStoryAndEvents, fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 4 }), ([story, picked], times) => {
        // The picked events are the new ones: the story without them is the one before.
        const fresh = picked.map((q, k) => (times[k] === undefined ? story.events[q]! : { ...story.events[q]!, time: times[k]! }));
        const events = story.events.map((e, q) => fresh[picked.indexOf(q)] ?? e);
        const next: Story = { ...story, events, links: story.links.filter((l) => !picked.some((q) => [l.from, l.to].includes(story.events[q]!.id))) };
        const before: Story = { ...next, events: events.filter((_, q) => !picked.includes(q)) };
        const built = indexWithEvents(buildStoryIndex(before), next, picked);
        expect(built && tables(built.ix)).toEqual(tables(buildStoryIndex(next)));
      }),
      { numRuns: 300 },
    );
  });
});
