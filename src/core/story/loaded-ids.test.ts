import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../analysis/story-index';
import { arbStory } from '../testing/arbitraries';
import { exportStory } from './export-story';
import { loadStory } from './load-story';

/** The parts of an index that come from ids: which event each id and each link end is. */
function idParts(story: Parameters<typeof buildStoryIndex>[0]): unknown {
  const ix = buildStoryIndex(story);
  return { ids: [...ix.eventIndex], from: [...ix.linkFrom], to: [...ix.linkTo], m: ix.m, links: ix.links };
}

describe('ids handed from the loader to the index (handOverIds)', () => {
  it('give the index the same id map and link ends as hashing them again, on the first and on later indexes', () => {
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
