import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../core/edits/apply-edit';
import type { EditOp } from '../../core/edits/edit-op';
import type { Story } from '../../core/model/story';
import { arbEditOp, arbStory } from '../../core/testing/arbitraries';
import { storyOf } from '../../core/testing/story-builder';
import { storyCharacters, storyThemes } from './filter-events';
import { vocabularyTracker } from './story-vocabulary';

/** A story and a chain of edits of every kind, each valid for the story the earlier ones made. */
const storyAndEdits = arbStory({ maxEvents: 10 }).chain((story) => {
  const steps = (s: Story, left: number): fc.Arbitrary<EditOp[]> =>
    left === 0 ? fc.constant([]) : arbEditOp(s, 1).chain((op) => steps(applyEdit(s, op).story, left - 1).map((rest) => [op, ...rest]));
  return fc.tuple(fc.constant(story), fc.integer({ min: 1, max: 8 }).chain((n) => steps(story, n)));
});

describe('the characters and themes kept across edits', () => {
  it('are what gathering them from scratch gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(storyAndEdits, ([story, ops]) => {
        const vocabulary = vocabularyTracker();
        let current = story;
        expect(vocabulary(current)).toEqual({ characters: storyCharacters(current), themes: storyThemes(current) });
        for (const op of ops) {
          current = applyEdit(current, op).story;
          expect(vocabulary(current)).toEqual({ characters: storyCharacters(current), themes: storyThemes(current) });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stay the same lists when an edit names nobody and nothing new', () => {
    const story = storyOf({ events: [{ id: 'a', participants: ['ann'], themes: { hope: 0.5 } }, { id: 'b', participants: ['bo'] }] });
    const vocabulary = vocabularyTracker();
    const before = vocabulary(story);
    const moved = applyEdit(story, { kind: 'set-event-field', eventId: 'b', field: 'time', value: 9 }).story;
    expect(vocabulary(moved).characters).toBe(before.characters);
    expect(vocabulary(moved).themes).toBe(before.themes);
    const joined = applyEdit(moved, { kind: 'add-participant', eventId: 'b', character: 'cy' }).story;
    expect(vocabulary(joined).characters).toEqual(['ann', 'bo', 'cy']);
  });
});
