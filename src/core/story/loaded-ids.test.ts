import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../analysis/story-index';
import { arbStory } from '../testing/arbitraries';
import { exportStory } from './export-story';
import { loadStory } from './load-story';

/** The parts of an index the loader can hand over: which event each id and each link end is, each event's scale and time, and the timeline. */
function idParts(story: Parameters<typeof buildStoryIndex>[0]): unknown {
  const ix = buildStoryIndex(story);
  return {
    ids: [...ix.eventIndex],
    from: [...ix.linkFrom],
    to: [...ix.linkTo],
    m: ix.m,
    links: ix.links,
    scales: [...ix.scaleIdx],
    times: [...ix.time],
    timeline: [...ix.timeline],
  };
}

describe('ids handed from the loader to the index (handOverIds)', () => {
  it('give the index the same id map, link ends, scales and times as reading them again, on the first and on later indexes', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        const text = exportStory(story);
        const plain = loadStory(JSON.parse(text));
        const handed = loadStory(JSON.parse(text), { handOverIds: true });
        if (!plain.ok || !handed.ok) throw new Error('a generated story must load');
        const expected = idParts(plain.story);
        expect(idParts(handed.story)).toStrictEqual(expected);
        expect(idParts(handed.story)).toStrictEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
