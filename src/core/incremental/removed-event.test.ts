import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { IncrementalAnalysis } from './incremental-analysis';

/** Two loops sharing `b` (a -> b -> c -> a, b -> d -> e -> b: one conflict) and an arc `f` caused by `a` only. */
function twoLoops(): Story {
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

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((c) => c.id).sort();

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
