import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { storyOf } from '../testing/story-builder';
import { IncrementalAnalysis } from './incremental-analysis';

/** Two loops of three events sharing `b`: a -> b -> c -> a and b -> d -> e -> b; `f` is an arc caused by `a` only. */
function twoLoops() {
  return storyOf({
    events: [
      { id: 'a', time: 1 },
      { id: 'b', time: 2 },
      { id: 'c', time: 3 },
      { id: 'd', time: 4 },
      { id: 'e', time: 5 },
      { id: 'f', time: 6, scale: 'arc' },
      { id: 'g', time: 7 },
    ],
    links: [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bc', from: 'b', to: 'c' },
      { id: 'ca', from: 'c', to: 'a' },
      { id: 'bd', from: 'b', to: 'd' },
      { id: 'de', from: 'd', to: 'e' },
      { id: 'eb', from: 'e', to: 'b' },
      { id: 'af', from: 'a', to: 'f' },
    ],
  });
}

function ids(list: readonly { readonly id: string }[]): string[] {
  return list.map((c) => c.id).sort();
}

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
