import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStory, type AnalysisResult } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { IncrementalAnalysis } from './incremental-analysis';

/** Everything a host shows of an analysis, lists in id order (the lists' order is not part of the result). */
function shown(result: AnalysisResult) {
  const byId = <T extends { readonly id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { conflicts: byId(result.conflicts), dismissed: byId(result.dismissed), stale: result.stale, scores: result.scores };
}

/** A story and edits valid one after the other. */
function arbSession(length: number, maxEvents?: number): fc.Arbitrary<{ story: Story; ops: EditOp[] }> {
  const steps = (story: Story, left: number): fc.Arbitrary<EditOp[]> =>
    left === 0 ? fc.constant([]) : arbEditOp(story, 1).chain((op) => steps(applyEdit(story, op).story, left - 1).map((rest) => [op, ...rest]));
  return arbStory(maxEvents === undefined ? {} : { maxEvents }).chain((story) => steps(story, length).map((ops) => ({ story, ops })));
}

/** Runs the edits through the engine, checking it against a full analysis after each; returns how many it followed incrementally. */
function follow({ story, ops }: { story: Story; ops: readonly EditOp[] }): number {
  const engine = IncrementalAnalysis.of(story);
  expect(shown(engine.result())).toEqual(shown(analyzeStory(story)));
  // Half the sessions build the key rules' members before the first edit (as the worker does), half on it.
  if (story.events.length % 2 === 0) engine.prepare();
  let current = story;
  let incremental = 0;
  ops.forEach((op, k) => {
    current = applyEdit(current, op).story;
    // Told the op (as the worker does) or left to compare the stories.
    if (!engine.update(current, k % 2 === 0 ? [op] : undefined).full) incremental++;
    expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
  });
  return incremental;
}

describe('the incremental analysis', () => {
  it('equals a full analysis after every edit of random edit sequences', () => {
    let incremental = 0;
    fc.assert(
      fc.property(arbSession(8), (session) => {
        incremental += follow(session);
      }),
      { numRuns: 250 },
    );
    // Most edits are field edits, which the engine follows without a full analysis.
    expect(incremental).toBeGreaterThan(250);
  }, 60_000);

  it('equals a full analysis when several edits come in one update (as the worker gets them between two questions)', () => {
    fc.assert(
      fc.property(arbSession(8), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }), ({ story, ops }, sizes) => {
        const engine = IncrementalAnalysis.of(story);
        let current = story;
        let k = 0;
        for (const size of sizes) {
          const group = ops.slice(k, k + size);
          if (group.length === 0) break;
          k += group.length;
          for (const op of group) current = applyEdit(current, op).story;
          engine.update(current, group);
          expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
        }
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  describe('on stories of a few dozen events', () => {
    // fast-check keeps arrays short at its default size; a larger base size gives 20-60 events.
    const previous = fc.readConfigureGlobal();
    beforeAll(() => fc.configureGlobal({ ...previous, baseSize: 'medium' }));
    afterAll(() => fc.configureGlobal(previous));

    it('equals a full analysis after every edit', () => {
      fc.assert(
        fc.property(arbSession(6, 40), (session) => {
          follow(session);
        }),
        { numRuns: 60 },
      );
    }, 60_000);
  });
});
