import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { conflictIds, twoLoops } from '../testing/two-loops';
import { IncrementalAnalysis } from './incremental-analysis';


const ids = conflictIds;

describe('an event removed from the analysed story', () => {
  it('takes its loops and links with it, without a full analysis, and later edits still agree', () => {
    let story = twoLoops();
    const engine = IncrementalAnalysis.of(story);
    const before = ids(engine.result().conflicts);
    expect(before.filter((id) => id.startsWith('causal-cycle'))).toEqual(['causal-cycle:a+b+c+d+e']);
    const edits: EditOp[] = [
      { kind: 'remove-event', eventId: 'b' },
      { kind: 'set-event-field', eventId: 'e', field: 'time', value: 0.5 },
      { kind: 'add-link', link: { id: 'fa', from: 'f', to: 'a', strength: 0.5, kind: 'causes' } },
      { kind: 'remove-event', eventId: 'a' },
    ];
    for (const op of edits) {
      story = applyEdit(story, op).story;
      const change = engine.update(story, [op]);
      expect(change.full).toBe(false);
      const full = analyzeStory(story);
      expect(ids(engine.result().conflicts)).toEqual(ids(full.conflicts));
      expect(engine.result().scores).toEqual(full.scores);
      if (op.kind === 'add-link') expect(ids(engine.result().conflicts)).toContain('causal-cycle:a+f');
    }
    // The loops went with `b`; the one `fa` closed went with `a`.
    expect(ids(engine.result().conflicts).filter((id) => id.startsWith('causal-cycle'))).toEqual([]);
  });
});
