import { describe, expect, it, vi } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { newLink } from '../edits/ops';
import { storyOf } from '../testing/story-builder';
import { conflictIds, twoLoops } from '../testing/two-loops';
import { causalCycleScope } from './cycle-scope';
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

  it('from one event of a loop to another rewords the loop: the same id, events and links, the message along the new shortest loop', () => {
    const story = storyOf({
      events: ['a', 'b', 'c', 'd'].map((id, k) => ({ id, title: id.toUpperCase(), time: k })),
      links: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
        { id: 'cd', from: 'c', to: 'd' },
        { id: 'da', from: 'd', to: 'a' },
        { id: 'ac', from: 'a', to: 'c' },
      ],
    });
    const engine = IncrementalAnalysis.of(story);
    const loop = (conflicts: readonly Conflict[]) => conflicts.find((c) => c.id === 'causal-cycle:a+b+c+d');
    expect(loop(engine.result().conflicts)?.message).toMatch(/^A \(scene, t=0\) causes C \(scene, t=2\), which causes D/);
    const op: EditOp = { kind: 'set-link-field', linkId: 'ac', field: 'to', value: 'd' };
    const next = applyEdit(story, op).story;
    const change = engine.update(next, [op]);
    expect(change.full).toBe(false);
    expect(change.changed.map((c) => c.id)).toContain('causal-cycle:a+b+c+d');
    const expected = loop(analyzeStory(next).conflicts);
    expect(expected?.message).toMatch(/^A \(scene, t=0\) causes D \(scene, t=3\), which causes A \(scene, t=0\) again/);
    expect(loop(engine.result().conflicts)).toEqual(expected);
  });

  it('a loop\'s message follows its links through several moves inside it, each one as a full analysis words it', () => {
    // A reaches back to itself through B at first; moving the link back to A from B to D leaves
    // the loop and its links the same but the way back now goes round through C and D. Then a
    // link leaving E (off that way) moves: the message stays. Then the way back starts at C.
    let story = storyOf({
      events: ['a', 'b', 'c', 'd', 'e'].map((id, k) => ({ id, title: id.toUpperCase(), time: k })),
      links: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a' },
        { id: 'bc', from: 'b', to: 'c' },
        { id: 'cd', from: 'c', to: 'd' },
        { id: 'db', from: 'd', to: 'b' },
        { id: 'de', from: 'd', to: 'e' },
        { id: 'eb', from: 'e', to: 'b' },
      ],
    });
    const engine = IncrementalAnalysis.of(story);
    const loop = (conflicts: readonly Conflict[]) => conflicts.find((c) => c.id === 'causal-cycle:a+b+c+d+e')?.message;
    const said = (conflicts: readonly Conflict[]) => conflicts.map((c) => `${c.id}: ${c.message}`).sort();
    expect(loop(engine.result().conflicts)).toMatch(/^A \(scene, t=0\) causes B \(scene, t=1\), which causes A \(scene, t=0\) again/);
    const steps: EditOp[] = [
      { kind: 'set-link-field', linkId: 'ba', field: 'from', value: 'd' },
      { kind: 'set-link-field', linkId: 'eb', field: 'to', value: 'c' },
      { kind: 'set-link-field', linkId: 'ba', field: 'from', value: 'c' },
    ];
    const messages: (string | undefined)[] = [];
    for (const op of steps) {
      story = applyEdit(story, op).story;
      expect(engine.update(story, [op]).full).toBe(false);
      messages.push(loop(engine.result().conflicts));
      expect(said(engine.result().conflicts)).toEqual(said(analyzeStory(story).conflicts));
    }
    const roundTheLoop = /^A \(scene, t=0\) causes B \(scene, t=1\), which causes C \(scene, t=2\), which causes D \(scene, t=3\), which causes A \(scene, t=0\) again/;
    expect(messages[0]).toMatch(roundTheLoop);
    expect(messages[1]).toMatch(roundTheLoop);
    expect(messages[2]).toMatch(/^A \(scene, t=0\) causes B \(scene, t=1\), which causes C \(scene, t=2\), which causes A \(scene, t=0\) again/);
  });

  it('away from the only finer cause of an arc makes it unsupported', () => {
    expect(move('af', 'to', 'g').ids).toContain('unsupported-arc:f');
  });

  it('back in time without closing a loop, then closing one through it, without running the loop rule whole', () => {
    let story = storyOf({
      events: [
        { id: 'a', time: 1 },
        { id: 'b', time: 2 },
        { id: 'c', time: 3 },
        { id: 'q', time: 10 },
        { id: 'r', time: 11 },
      ],
      links: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
        { id: 'qr', from: 'q', to: 'r' },
      ],
    });
    const engine = IncrementalAnalysis.of(story);
    const whole = vi.spyOn(causalCycleScope, 'whole');
    const steps: EditOp[] = [
      // q -> a goes back in time; a does not lead to q.
      { kind: 'set-link-field', linkId: 'qr', field: 'to', value: 'a' },
      // b -> q closes a -> b -> q -> a.
      { kind: 'set-link-field', linkId: 'bc', field: 'to', value: 'q' },
      // a -> b moved away breaks it again.
      { kind: 'set-link-field', linkId: 'ab', field: 'to', value: 'c' },
    ];
    const loops: string[][] = [];
    for (const op of steps) {
      story = applyEdit(story, op).story;
      expect(engine.update(story, [op]).full).toBe(false);
      expect(ids(engine.result().conflicts)).toEqual(ids(analyzeStory(story).conflicts));
      loops.push(ids(engine.result().conflicts).filter((id) => id.startsWith('causal-cycle')));
    }
    expect(loops).toEqual([[], ['causal-cycle:a+b+q'], []]);
    expect(whole).not.toHaveBeenCalled();
    whole.mockRestore();
  });

  it('after it was appended, then replaced under its id in one update, is still found by its id', () => {
    let story = storyOf({
      events: [
        { id: 'a', time: 0 },
        { id: 'b', time: 1 },
        { id: 'c', time: 5 },
        { id: 'd', time: 9 },
      ],
      links: [{ id: 'ab', from: 'a', to: 'b' }],
    });
    const engine = IncrementalAnalysis.of(story);
    // The engine looks a link up by id once; the link appended after that must still be found.
    const updates: EditOp[][] = [
      [{ kind: 'set-link-field', linkId: 'ab', field: 'to', value: 'c' }],
      [{ kind: 'remove-link', linkId: 'ab' }],
      [{ kind: 'add-link', link: newLink({ id: 'x', from: 'a', to: 'b' }) }],
      [
        { kind: 'remove-link', linkId: 'x' },
        { kind: 'add-link', link: newLink({ id: 'x', from: 'd', to: 'c' }), index: 0 },
      ],
      [{ kind: 'set-link-field', linkId: 'x', field: 'from', value: 'b' }],
    ];
    for (const ops of updates) {
      for (const op of ops) story = applyEdit(story, op).story;
      engine.update(story, ops);
      expect(ids(engine.result().conflicts)).toEqual(ids(analyzeStory(story).conflicts));
    }
    expect(ids(engine.result().conflicts)).not.toContain('temporal-paradox:c+d');
  });
});
