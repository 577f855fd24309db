import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Effect, Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { referenceConflicts } from '../testing/reference-rules';
import { storyOf } from '../testing/story-builder';
import { detectConflicts } from './analyze';
import { buildStoryIndex } from './story-index';

/**
 * Differential test: the production rules against a naive transcription of
 * conflict-rules.md (src/core/testing/reference-rules.ts). The reference is
 * itself checked against the public fixtures in reference-rules.test.ts.
 * Boundary stories (reference-edges.test.ts) pin the cases random stories rarely hit.
 */

const identity = (c: { readonly type: string; readonly events: readonly string[] }): string =>
  `${c.type} [${[...c.events].sort().join(', ')}]`;

/** What the app reports, as sorted identities (duplicates would show up as repeats). */
const production = (story: Story): string[] => detectConflicts(buildStoryIndex(story)).map(identity).sort();
const reference = (story: Story): string[] => referenceConflicts(story).map(identity).sort();

/** Ana's effect in a crowded story: maybe a death or return, maybe a courage level. */
function anaEffects(alive: boolean | undefined, courage: number | undefined): Record<string, Effect> {
  if (alive === undefined && courage === undefined) return {};
  const effect: Effect = {
    ...(alive === undefined ? {} : { alive }),
    ...(courage === undefined ? {} : { traits: { courage } }),
  };
  return { ana: effect };
}

describe('the production rules agree with the reference transcription of the spec', () => {
  it('on random small stories', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        expect(production(story)).toEqual(reference(story));
      }),
      { numRuns: 600 },
    );
  });

  describe('on random stories of a few dozen events', () => {
    // fast-check keeps arrays short at its default size; a larger base size gives 20-60 events.
    const previous = fc.readConfigureGlobal();
    beforeAll(() => fc.configureGlobal({ ...previous, baseSize: 'medium' }));
    afterAll(() => fc.configureGlobal(previous));

    it('agree', () => {
      fc.assert(
        fc.property(arbStory({ maxEvents: 60 }), (story) => {
          expect(production(story)).toEqual(reference(story));
        }),
        { numRuns: 60 },
      );
    });
  });

  it('on crowded timelines, where one character has dozens of overlapping events', () => {
    // Many long events of two characters in a short span: sweeps keep many earlier events active at once.
    const crowded = fc
      .array(
        fc.record({
          time: fc.integer({ min: 0, max: 4 }),
          duration: fc.integer({ min: 0, max: 12 }),
          participants: fc.subarray(['ana', 'ben']),
          location: fc.option(fc.constantFrom('harbor', 'tower', 'market'), { nil: undefined, freq: 8 }),
          intensity: fc.constantFrom(0, 0.3, 0.7, 0.9),
          alive: fc.option(fc.boolean(), { nil: undefined }),
          courage: fc.option(fc.constantFrom(0, 0.5, 1), { nil: undefined }),
        }),
        { minLength: 50, maxLength: 90 },
      )
      .map((specs) =>
        storyOf({
          events: specs.map(({ location, alive, courage, ...rest }, i) => ({
            id: `e${i}`,
            ...rest,
            ...(location === undefined ? {} : { location }),
            effects: anaEffects(alive, courage),
          })),
          links: specs.slice(1).map((_, i) => ({ from: `e${i}`, to: `e${(i * 7) % specs.length}` })),
        }),
      );
    fc.assert(
      fc.property(crowded, (story) => {
        expect(production(story)).toEqual(reference(story));
      }),
      { numRuns: 60 },
    );
  });

  it('with random stories that make every rule fire, so that agreement is not vacuous', () => {
    const types = new Set<string>();
    for (const story of fc.sample(arbStory(), { numRuns: 300, seed: 42 })) {
      for (const c of referenceConflicts(story)) types.add(c.type);
    }
    expect(types.size).toBe(15);
  });
});
