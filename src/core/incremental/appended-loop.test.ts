import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { newEvent, newLink } from '../edits/ops';
import { storyOf } from '../testing/story-builder';
import { IncrementalAnalysis } from './incremental-analysis';

function storyWithoutLoop() {
  return storyOf({
    events: [
      { id: 'e0', time: 30 },
      { id: 'e4', time: 31 },
      { id: 'e5', time: 3 },
      { id: 'e1', time: 5 },
    ],
    links: [
      { from: 'e4', to: 'e5' },
      { from: 'e5', to: 'e0' },
      { from: 'e4', to: 'e0' },
      { from: 'e4', to: 'e1' },
    ],
  });
}

const closingOps: EditOp[] = [
  { kind: 'add-event', event: newEvent({ id: 'new-event', title: 'New', scale: 'scene', time: 3.5 }) },
  { kind: 'add-link', link: newLink({ id: 'in', from: 'e0', to: 'new-event' }) },
  { kind: 'add-link', link: newLink({ id: 'out', from: 'new-event', to: 'e4' }) },
];

describe('a loop closed through an appended event', () => {
  it('is found as the full analysis finds it', () => {
    let story = storyWithoutLoop();
    const engine = IncrementalAnalysis.of(story);
    for (const op of closingOps) {
      story = applyEdit(story, op).story;
      engine.update(story, [op]);
      const ids = (cs: readonly { id: string }[]) => cs.map((c) => c.id).sort();
      expect(ids(engine.result().conflicts)).toEqual(ids(analyzeStory(story).conflicts));
    }
    expect(engine.result().conflicts.map((c) => c.id)).toContain('causal-cycle:e0+e4+e5+new-event');
  });

  it('is found when the event and its links come in one update', () => {
    const start = storyWithoutLoop();
    const engine = IncrementalAnalysis.of(start);
    let story = start;
    for (const op of closingOps) story = applyEdit(story, op).story;
    engine.update(story, closingOps);
    expect(engine.result().conflicts.map((c) => c.id).sort()).toEqual(analyzeStory(story).conflicts.map((c) => c.id).sort());
  });

  it('is found when the event and its links come in one batch', () => {
    const start = storyWithoutLoop();
    const engine = IncrementalAnalysis.of(start);
    const batch: EditOp = { kind: 'batch', ops: closingOps };
    const story = applyEdit(start, batch).story;
    engine.update(story, [batch]);
    expect(engine.result().conflicts.map((c) => c.id).sort()).toEqual(analyzeStory(story).conflicts.map((c) => c.id).sort());
  });
});
