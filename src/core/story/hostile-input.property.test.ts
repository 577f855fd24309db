import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { setOwn } from '../model/own-entries';
import type { Story, StoryEvent } from '../model/story';
import { proposeResolutions } from '../resolutions/propose';
import { arbStory } from '../testing/arbitraries';
import { dataDifference } from '../testing/same-data';
import { exportStory } from './export-story';
import { parseStory } from './load-story';
import { validationSummary } from './story-issue';

/** Strings a hostile or careless file may hold: lone surrogates, control characters, prototype names, huge text. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '\uD800', '\uDFFF', 'a\uD83D', '\u0000\u0007\u001b[2J', '+', ':', 'x->y', ''),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(0, 1).map((k) => (k === 0 ? 'T'.repeat(200_000) : '\uD800'.repeat(50_000))),
);

/** The story with hostile ids, titles, theme and effect keys and extra keys, references kept consistent. */
function hostileStory(story: Story, words: readonly string[]): Story {
  const word = (i: number): string => words[i % words.length]!;
  const ids = story.events.map((_, i) => `${word(i)}#${i}`);
  const idOf = new Map(story.events.map((e, i) => [e.id, ids[i]!]));
  const events = story.events.map((e, i): StoryEvent => {
    const themes: Record<string, number> = { ...e.themes };
    setOwn(themes, word(i + 1), 0.5);
    const effects = { ...e.effects };
    setOwn(effects, word(i + 2), { traits: { [word(i + 3)]: 0.4 } });
    return { ...e, id: ids[i]!, title: word(i + 4), participants: [...new Set([...e.participants, word(i + 2)])], themes, effects };
  });
  const links = story.links.map((l, j) => ({ ...l, id: `${word(j)}@${j}`, from: idOf.get(l.from)!, to: idOf.get(l.to)! }));
  const extra: Record<string, unknown> = { ...story.extra };
  setOwn(extra, word(5), { [word(6)]: word(7) });
  return { ...story, title: `t${word(8)}`, events, links, extra };
}

describe('hostile but valid stories', () => {
  it('load, analyse, propose and export without throwing, and export re-imports to the same story', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 6 }), fc.array(hostile, { minLength: 1, maxLength: 9 }), (base, words) => {
        const story = hostileStory(base, words);
        const loaded = parseStory(exportStory(story));
        if (!loaded.ok) throw new Error(validationSummary(loaded.errors).join('\n'));
        expect(dataDifference(loaded.story, story)).toBeNull();
        const { conflicts } = analyzeStory(loaded.story);
        for (const c of conflicts.slice(0, 3)) proposeResolutions(loaded.story, c.id);
        const again = parseStory(exportStory(loaded.story));
        expect(again.ok && dataDifference(again.story, loaded.story)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});
