import fc from 'fast-check';
import { LINK_KINDS, RELATIONSHIP_VALUES, type Effect, type StoryEvent } from '../model/story';

/**
 * The small vocabularies and value generators that story and edit arbitraries share.
 * Names come from fixed lists so that random stories collide on purpose: shared
 * participants, opposite themes, bridge themes, growth themes, recovery tags.
 */

export const CAST = ['ana', 'ben', 'cy', 'dee', 'eli'] as const;
export const LOCATIONS = ['harbor', 'tower', 'market', 'forest'] as const;
export const TRAITS = ['courage', 'trust', 'anger'] as const;
export const TAGS = ['recovery', 'premise', 'flashback', 'climax'] as const;
/** Default opposite pairs and their bridges, growth themes, and two themes for custom pairs. */
export const THEMES = [
  'hope', 'despair', 'challenge', 'trust', 'betrayal', 'revelation', 'growth', 'stagnation', 'doubt',
  'healing', 'harm', 'relapse', 'wisdom', 'strength', 'courage', 'fear', 'dread', 'joy',
] as const;
export const EXTRA_KEYS = ['layout', 'dismissed', 'view'] as const;
const TITLES = ['Mara drowns', 'The storm', 'Kofi returns', 'A quiet day', 'Betrayal at dawn', ''] as const;

const objects = { noNullPrototype: true } as const;

/** -0 does not survive JSON, so generators never produce it. */
const noNegativeZero = (v: number): number => (v === 0 ? 0 : v);

/** Values in [0, 1], biased to the rules' thresholds (0.3, 0.5, 0.7, 0.85) and the ends. */
export const arbUnit: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 0.1, 0.3, 0.5, 0.7, 0.75, 0.85, 0.9, 1),
  fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero),
);

/** Times: mostly small integers so that ties happen, sometimes fractional or negative. */
export const arbTime: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 30 }), weight: 3 },
  { arbitrary: fc.double({ min: -10, max: 2000, noNaN: true }).map(noNegativeZero), weight: 1 },
);

export const arbDuration: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 6 }),
  fc.double({ min: 0, max: 4, noNaN: true }).map(noNegativeZero),
);

export const arbTitle: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...TITLES), fc.string({ maxLength: 16 }));
export const arbLocation: fc.Arbitrary<string> = fc.constantFrom(...LOCATIONS);
export const arbNotes: fc.Arbitrary<string> = fc.string({ maxLength: 20 });
export const arbLinkKind = fc.constantFrom(...LINK_KINDS);

export const arbEffect: fc.Arbitrary<Effect> = fc.record(
  {
    alive: fc.boolean(),
    traits: fc.dictionary(fc.constantFrom(...TRAITS), arbUnit, { minKeys: 1, maxKeys: 2, ...objects }),
    relationships: fc.dictionary(fc.constantFrom(...CAST), fc.constantFrom(...RELATIONSHIP_VALUES), { minKeys: 1, maxKeys: 2, ...objects }),
  },
  { requiredKeys: [], ...objects },
);

/** Everything of an event but its id. */
export function arbEventBody(scaleIds: readonly string[]): fc.Arbitrary<Omit<StoryEvent, 'id'>> {
  return fc.record(
    {
      title: arbTitle,
      scale: fc.constantFrom(...scaleIds),
      time: arbTime,
      duration: arbDuration,
      participants: fc.shuffledSubarray([...CAST], { maxLength: 3 }),
      location: arbLocation,
      themes: fc.dictionary(fc.constantFrom(...THEMES), arbUnit, { maxKeys: 3, ...objects }),
      intensity: arbUnit,
      tags: fc.shuffledSubarray([...TAGS], { maxLength: 2 }),
      effects: fc.dictionary(fc.constantFrom(...CAST), arbEffect, { maxKeys: 2, ...objects }),
      notes: arbNotes,
    },
    { requiredKeys: ['title', 'scale', 'time', 'duration', 'participants', 'themes', 'intensity', 'tags', 'effects'], ...objects },
  );
}

/** JSON values such as the app keeps under `extra` (layout positions, dismissed ids). */
export const arbExtraValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('x', 'y', 'zoom'), fc.integer({ min: -500, max: 500 }), objects),
);

/** The first `prefix<k>` not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let k = 0;
  while (used.has(`${prefix}${k}`)) k++;
  return `${prefix}${k}`;
}
