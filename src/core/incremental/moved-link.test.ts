import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { conflictIds, twoLoops } from '../testing/two-loops';
import { IncrementalAnalysis } from './incremental-analysis';


const ids = conflictIds;

/** Moves a link's end and checks the engine against a full analysis; returns the conflict ids. */
function move(linkId: string, field: 'from' | 'to', value: string): { ids: string[]; full: boolean } {
  const story = twoLoops();
  const engine = IncrementalAnalysis.of(story);
  const op: EditOp = { kind: 'set-link-field', linkId, field, value };
  const next = applyEdit(story, op).story;
  const change = engine.update(next, [op]);
  expect(ids(engine.result().conflicts)).toEqual(ids(analyzeStory(next).conflicts));
  return { ids: ids(engine.result().conflicts), full: change.full };
}

describe('a link moved to another event', () => {
  it('out of a loop leaves the loops its events still make, without a full analysis', () => {
    const { ids: after, full } = move('ca', 'to', 'g');
    expect(after).toContain('causal-cycle:b+d+e');
    expect(after).not.toContain('causal-cycle:a+b+c+d+e');
    expect(full).toBe(false);
  });

  it('inside a loop keeps the loop', () => {
    expect(move('ab', 'from', 'c').ids).toContain('causal-cycle:b+c+d+e');
  });

  it('away from the only finer cause of an arc makes it unsupported', () => {
    expect(move('af', 'to', 'g').ids).toContain('unsupported-arc:f');
  });
});
