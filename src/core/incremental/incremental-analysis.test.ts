import { describe, expect, it } from 'vitest';
import { analyzeStory, type AnalysisResult } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { IncrementalAnalysis } from './incremental-analysis';

const ids = (result: AnalysisResult): string[] => result.conflicts.map((c) => c.id).sort();

/** Applies one op to the story and the engine; checks the engine against a full analysis. */
function step(engine: IncrementalAnalysis, story: Story, op: EditOp): { story: Story; result: AnalysisResult; full: boolean } {
  const next = applyEdit(story, op).story;
  const { full } = engine.update(next, [op]);
  const result = engine.result();
  const reference = analyzeStory(next);
  expect(ids(result)).toEqual(ids(reference));
  expect(result.scores).toEqual(reference.scores);
  for (const c of result.conflicts) expect(c).toEqual(reference.conflicts.find((r) => r.id === c.id));
  return { story: next, result, full };
}

describe('the incremental analysis on edits that move things', () => {
  it('follows a time edit that reorders the timeline: spikes between new neighbours', () => {
    const story = storyOf({
      therapy: { maxIntensityStep: 0.3, maxIntensity: 1 },
      events: [
        { id: 'calm', time: 1, intensity: 0.1 },
        { id: 'fight', time: 2, intensity: 0.9 },
        { id: 'rest', time: 3, intensity: 0.2 },
      ],
    });
    const engine = IncrementalAnalysis.of(story);
    expect(ids(engine.result())).toEqual(['intensity-spike:calm+fight']);
    const moved = step(engine, story, { kind: 'set-event-field', eventId: 'calm', field: 'time', value: 4 });
    expect(moved.full).toBe(false);
    expect(ids(moved.result)).toEqual([]);
    const back = step(engine, moved.story, { kind: 'set-event-field', eventId: 'rest', field: 'time', value: 5 });
    // fight (0.9), calm (0.1), rest (0.2): no rise above the step.
    expect(ids(back.result)).toEqual([]);
    const before = step(engine, back.story, { kind: 'set-event-field', eventId: 'calm', field: 'time', value: 0 });
    expect(ids(before.result)).toEqual(['intensity-spike:calm+fight']);
  });

  it('finds the loop a new link closes, and the smaller loop when a link of it moves', () => {
    const story = storyOf({
      events: [{ id: 'a', time: 1 }, { id: 'b', time: 2 }, { id: 'c', time: 3 }],
      links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }],
    });
    const engine = IncrementalAnalysis.of(story);
    const closed = step(engine, story, { kind: 'add-link', link: { id: 'c->a', from: 'c', to: 'a', strength: 0.5, kind: 'causes' } });
    expect(closed.full).toBe(false);
    const loop = closed.result.conflicts.find((c) => c.type === 'causal-cycle')!;
    expect(loop.id).toBe('causal-cycle:a+b+c');
    expect(loop.links).toEqual(['a->b', 'b->c', 'c->a']);
    const moved = step(engine, closed.story, { kind: 'set-link-field', linkId: 'c->a', field: 'to', value: 'b' });
    expect(moved.result.conflicts.filter((c) => c.type === 'causal-cycle').map((c) => c.id)).toEqual(['causal-cycle:b+c']);
    const self = step(engine, moved.story, { kind: 'add-link', link: { id: 'b->b', from: 'b', to: 'b', strength: 0.5, kind: 'causes' } });
    expect(self.result.conflicts.filter((c) => c.type === 'causal-cycle').map((c) => c.id).sort()).toEqual(['causal-cycle:b', 'causal-cycle:b+c']);
  });

  it('drops the conflicts of a removed event (a full analysis) and keeps following edits after it', () => {
    const story = storyOf({
      events: [{ id: 'storm', time: 5 }, { id: 'flood', time: 4 }, { id: 'bell', time: 6 }],
      links: [{ from: 'storm', to: 'flood' }, { from: 'bell', to: 'flood' }],
    });
    const engine = IncrementalAnalysis.of(story);
    expect(ids(engine.result())).toEqual(['temporal-paradox:bell+flood', 'temporal-paradox:flood+storm']);
    const removed = step(engine, story, { kind: 'remove-event', eventId: 'storm' });
    expect(ids(removed.result)).toEqual(['temporal-paradox:bell+flood']);
    const fixed = step(engine, removed.story, { kind: 'set-event-field', eventId: 'bell', field: 'time', value: 3.5 });
    expect(fixed.full).toBe(false);
    expect(ids(fixed.result)).toEqual([]);
  });

  it('counts a dismissed conflict out of the scores and back in when restored', () => {
    const story = storyOf({ events: [{ id: 'storm', time: 5 }, { id: 'flood', time: 4 }], links: [{ from: 'storm', to: 'flood' }] });
    const engine = IncrementalAnalysis.of(story);
    const id = 'temporal-paradox:flood+storm';
    const dismissed = step(engine, story, { kind: 'set-dismissed', conflictId: id, entry: { id, note: 'a flashback' } });
    expect(dismissed.result.conflicts).toEqual([]);
    expect(dismissed.result.dismissed.map((d) => d.id)).toEqual([id]);
    expect(dismissed.result.scores.coherence).toBe(1);
    const restored = step(engine, dismissed.story, { kind: 'set-dismissed', conflictId: id, entry: null });
    expect(ids(restored.result)).toEqual([id]);
    expect(restored.result.scores.coherence).toBeLessThan(1);
  });
});

describe('the messages of the incremental analysis', () => {
  const story = storyOf({
    events: [{ id: 'storm', time: 5 }, { id: 'flood', time: 4 }, { id: 'bell', time: 6 }],
    links: [{ from: 'storm', to: 'flood' }, { from: 'bell', to: 'flood' }],
  });

  it('go with the conflicts of an opened story when they are copied to another thread', () => {
    const engine = IncrementalAnalysis.of(story);
    const copied = structuredClone(engine.result().conflicts).map((c) => [c.id, c.message]).sort();
    const reference = analyzeStory(story).conflicts.map((c) => [c.id, c.message]).sort();
    expect(copied).toEqual(reference);
    expect(copied.every(([, message]) => message!.length > 0)).toBe(true);
  });

  it('describe the story as it was edited, for conflicts rebuilt by an edit and those kept', () => {
    const engine = IncrementalAnalysis.of(story);
    const renamed = applyEdit(story, { kind: 'set-event-field', eventId: 'bell', field: 'title', value: 'The bell tolls' }).story;
    engine.update(renamed, [{ kind: 'set-event-field', eventId: 'bell', field: 'title', value: 'The bell tolls' }]);
    const shown = structuredClone(engine.result().conflicts).map((c) => [c.id, c.message]).sort();
    expect(shown).toEqual(analyzeStory(renamed).conflicts.map((c) => [c.id, c.message]).sort());
    expect(shown.find(([id]) => id === 'temporal-paradox:bell+flood')![1]).toContain('The bell tolls');
  });
});
