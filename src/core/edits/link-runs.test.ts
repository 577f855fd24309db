import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story, StoryLink } from '../model/story';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { applyEdit, applyEdits } from './apply-edit';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';

/** The link list after the ops one at a time, by plain list splicing: the meaning the one-pass runs must keep. */
function spliced(links: readonly StoryLink[], ops: readonly EditOp[]): StoryLink[] {
  const out = [...links];
  for (const op of ops) {
    if (op.kind === 'remove-link') out.splice(out.findIndex((l) => l.id === op.linkId), 1);
    else if (op.kind === 'add-link') out.splice(op.index ?? out.length, 0, op.link);
  }
  return out;
}

/** Random runs of removals (in any order) followed by additions at random positions, all valid. */
const storyAndRuns = arbStory({ maxEvents: 8 }).filter((s) => s.events.length > 0).chain((story) =>
  fc
    .tuple(
      fc.shuffledSubarray(story.links.map((l) => l.id)),
      fc.array(fc.tuple(fc.nat({ max: story.events.length - 1 }), fc.nat({ max: story.events.length - 1 }), fc.option(fc.nat(), { nil: undefined })), {
        maxLength: 6,
      }),
    )
    .map(([removed, adds]): [Story, EditOp[]] => {
      const ops: EditOp[] = removed.map((linkId) => ({ kind: 'remove-link', linkId }));
      let length = story.links.length - removed.length;
      adds.forEach(([a, b, at], k) => {
        const link: StoryLink = { id: `new-${k}`, from: story.events[a]!.id, to: story.events[b]!.id, strength: 0.5, kind: 'causes' };
        ops.push(at === undefined ? { kind: 'add-link', link } : { kind: 'add-link', link, index: at % (length + 1) });
        length++;
      });
      return [story, ops];
    }),
);

describe('runs of link edits in a batch', () => {
  it('give the links one-by-one splicing gives, and undo restores the story', () => {
    fc.assert(
      fc.property(storyAndRuns, ([story, ops]) => {
        const { story: next, inverse } = applyEdits(story, ops);
        expect(next.links).toStrictEqual(spliced(story.links, ops));
        expect(applyEdit(next, inverse).story).toStrictEqual(story);
      }),
      { numRuns: 200 },
    );
  });

  it('have the inverse that applying the ops one at a time gives', () => {
    fc.assert(
      fc.property(storyAndRuns, ([story, ops]) => {
        let current = story;
        const inverses: EditOp[] = [];
        for (const op of ops) {
          const result = applyEdit(current, op);
          current = result.story;
          inverses.push(result.inverse);
        }
        expect(applyEdits(story, ops).inverse).toStrictEqual({ kind: 'batch', ops: inverses.reverse() });
      }),
      { numRuns: 100 },
    );
  });

  it('name the failing change of a run as the ops one by one would', () => {
    fc.assert(
      fc.property(
        arbStory({ maxEvents: 6 }).filter((s) => s.links.length >= 2),
        (story) => {
          const [a, b] = story.links;
          const twice: EditOp[] = [
            { kind: 'remove-link', linkId: a!.id },
            { kind: 'remove-link', linkId: b!.id },
            { kind: 'remove-link', linkId: a!.id },
          ];
          expect(() => applyEdits(story, twice)).toThrow(new EditError(`change 3 of 3: unknown link id ${JSON.stringify(a!.id)}`));
          const clash: EditOp[] = [
            { kind: 'add-link', link: { ...a!, id: 'fresh' } },
            { kind: 'add-link', link: { ...b!, id: 'fresh' } },
          ];
          expect(() => applyEdits(story, clash)).toThrow(new EditError('change 2 of 2: a link with id "fresh" already exists'));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('mixed with any other edits, give what the edits one at a time give, and leave the input alone', () => {
    /** A few valid ops in a row, each drawn for the story the ones before it leave. */
    const sequence = arbStory({ maxEvents: 8 }).chain((story) =>
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).chain((seeds) => {
        let arb: fc.Arbitrary<[Story, EditOp[], Story]> = fc.constant([story, [], story]);
        for (const _ of seeds) {
          arb = arb.chain(([start, ops, current]) =>
            arbEditOp(current, 1).map((op): [Story, EditOp[], Story] => [start, [...ops, op], applyEdit(current, op).story]),
          );
        }
        return arb;
      }),
    );
    fc.assert(
      fc.property(sequence, ([story, ops, oneByOne]) => {
        const frozen = structuredClone(story);
        const { story: next, inverse } = applyEdits(story, ops);
        expect(next).toStrictEqual(oneByOne);
        expect(applyEdit(next, inverse).story).toStrictEqual(story);
        expect(story).toStrictEqual(frozen);
        // The batch's result is an ordinary story again: editing it leaves it as it was.
        if (next.events.length > 0) {
          const copy = structuredClone(next);
          applyEdit(next, { kind: 'set-event-field', eventId: next.events[0]!.id, field: 'title', value: 'changed' });
          expect(next).toStrictEqual(copy);
        }
      }),
      { numRuns: 150 },
    );
  });
});
