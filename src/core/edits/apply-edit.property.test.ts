import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { exportStory } from '../story/export-story';
import { parseStory } from '../story/load-story';
import { validationSummary } from '../story/story-issue';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { applyEdit, applyEdits } from './apply-edit';
import type { EditOp } from './edit-op';

const RUNS = { numRuns: 200 };
const storyAndOp = arbStory().chain((story) => fc.tuple(fc.constant(story), arbEditOp(story)));

/** A chain of ops, each valid for the story the earlier ones made. */
function opChain(story: Story, left: number): fc.Arbitrary<EditOp[]> {
  return left === 0 ? fc.constant([]) : arbEditOp(story, 1).chain((op) => opChain(applyEdit(story, op).story, left - 1).map((rest) => [op, ...rest]));
}
const storyAndOps = arbStory().chain((story) => fc.tuple(fc.constant(story), fc.integer({ min: 2, max: 20 }).chain((n) => opChain(story, n))));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('edits on random stories', () => {
  it('undo restores exactly the story before the edit', () => {
    fc.assert(
      fc.property(storyAndOp, ([story, op]) => {
        const { story: next, inverse } = applyEdit(story, op);
        expect(applyEdit(next, inverse).story).toStrictEqual(story);
      }),
      RUNS,
    );
  });

  it('redo after undo gives the edited story again', () => {
    fc.assert(
      fc.property(storyAndOp, ([story, op]) => {
        const { story: next, inverse } = applyEdit(story, op);
        const undone = applyEdit(next, inverse);
        expect(applyEdit(undone.story, undone.inverse).story).toStrictEqual(next);
      }),
      RUNS,
    );
  });

  it('never mutates the story it is given', () => {
    fc.assert(
      fc.property(storyAndOp, ([story, op]) => {
        // Frozen objects throw on mutation in strict-mode modules.
        applyEdit(deepFreeze(story), op);
      }),
      RUNS,
    );
  });

  it('always leaves a story the loader accepts, unchanged by export and import', () => {
    fc.assert(
      fc.property(storyAndOp, ([story, op]) => {
        const next: Story = applyEdit(story, op).story;
        const result = parseStory(exportStory(next));
        if (!result.ok) throw new Error(validationSummary(result.errors).join('\n'));
        expect(result.story).toStrictEqual(next);
      }),
      RUNS,
    );
  });

  it('a list of ops applied as one batch gives the story they give one by one (the worker, a reload and another tab apply them so)', () => {
    fc.assert(
      fc.property(storyAndOps, ([story, ops]) => {
        let oneByOne = story;
        for (const op of ops) oneByOne = applyEdit(oneByOne, op).story;
        expect(applyEdits(story, ops).story).toStrictEqual(oneByOne);
      }),
      RUNS,
    );
  });
});
