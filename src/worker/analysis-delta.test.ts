import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ops } from '../core/edits/ops';
import type { EditOp } from '../core/edits/edit-op';
import { storyOf } from '../core/testing/story-builder';
import { applyAnalysisDelta, samePlain } from './analysis-delta';
import { createOrchestratorApi } from './orchestrator-api';
import type { AnalysisView } from './protocol';

const SCALES = ['scene', 'arc', 'world', 'saga'];

/** A small story with plenty of conflicts: times out of causal order, scale jumps, intensity peaks. */
const story = storyOf({
  events: Array.from({ length: 24 }, (_, i) => ({
    id: `e${i}`,
    time: (i * 7) % 19,
    scale: SCALES[i % 4]!,
    intensity: ((i * 37) % 100) / 100,
  })),
  links: Array.from({ length: 30 }, (_, i) => ({ from: `e${i % 24}`, to: `e${(i * 5 + 3) % 24}` })).filter((l) => l.from !== l.to),
});

const edit = fc.oneof(
  fc.record({ at: fc.nat(23), time: fc.integer({ min: -5, max: 30 }) }).map(({ at, time }) => ops.setEventField(`e${at}`, 'time', time)),
  fc.record({ at: fc.nat(23), v: fc.integer({ min: 0, max: 100 }) }).map(({ at, v }) => ops.setEventField(`e${at}`, 'intensity', v / 100)),
  fc.record({ at: fc.nat(23), s: fc.nat(3) }).map(({ at, s }) => ops.setEventField(`e${at}`, 'scale', SCALES[s]!)),
);

describe('the analysis sent as a difference to the one the main thread holds', () => {
  it('rebuilds exactly the full analysis after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits: EditOp[]) => {
        const api = createOrchestratorApi();
        api.open(story, 1);
        const first = api.analysisDelta(-1, 1);
        expect(first.kind).toBe('full');
        let held = first.kind === 'full' ? first.view : (undefined as never);
        const replay = [];
        for (const [i, op] of edits.entries()) {
          const rev = i + 2;
          replay.push(op);
          api.edit([op], rev);
          const answer = api.analysisDelta(held.revision, rev);
          expect(answer.kind).toBe('delta');
          held = answer.kind === 'delta' ? applyAnalysisDelta(held, answer) : answer.view;
          // A fresh worker given the same story and ops, analysed whole.
          const fresh = createOrchestratorApi();
          fresh.open(story, 1);
          fresh.edit(replay, rev);
          const whole: AnalysisView = fresh.analyze(rev);
          expect({ ...held, stats: { ...held.stats, ms: 0 } }).toEqual({ ...whole, stats: { ...whole.stats, ms: 0 } });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sends only the conflicts that came, went or changed, and keeps the others as they were', () => {
    const api = createOrchestratorApi();
    api.open(story, 1);
    const before = api.analysisDelta(-1, 1);
    if (before.kind !== 'full') throw new Error('expected the whole view first');
    const paradox = before.view.conflicts.find((c) => c.type === 'temporal-paradox');
    expect(paradox).toBeDefined();
    // Moving the effect far into the future resolves that paradox; most conflicts stay.
    const effect = paradox!.events[paradox!.events.length - 1]!;
    api.edit([ops.setEventField(effect, 'time', 500)], 2);
    const answer = api.analysisDelta(1, 2);
    if (answer.kind !== 'delta') throw new Error('expected a delta');
    expect(answer.removed).toContain(paradox!.id);
    expect(answer.removed.length + answer.added.length).toBeLessThan(before.view.conflicts.length);
    const after = applyAnalysisDelta(before.view, answer);
    const kept = after.conflicts.filter((c) => before.view.conflicts.includes(c));
    expect(kept.length).toBe(after.conflicts.length - answer.added.length);
  });

  it('answers the whole view when it no longer holds the one asked about', () => {
    const api = createOrchestratorApi();
    api.open(story, 1);
    api.analysisDelta(-1, 1);
    for (let rev = 2; rev <= 7; rev++) {
      api.edit([ops.setEventField('e1', 'time', rev)], rev);
      api.analysisDelta(rev - 1, rev);
    }
    api.edit([ops.setEventField('e1', 'time', 99)], 8);
    expect(api.analysisDelta(1, 8).kind).toBe('full');
  });
});

describe('structural equality of what crosses the worker boundary', () => {
  it('compares arrays, objects and primitives by content', () => {
    expect(samePlain({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(samePlain({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(samePlain({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(samePlain([1], { 0: 1 })).toBe(false);
    expect(samePlain(Number.NaN, Number.NaN)).toBe(true);
    expect(samePlain('0.7', 0.7)).toBe(false);
  });
});
