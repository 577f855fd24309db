import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyzeStory, type AnalysisResult } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { arbEventBody, arbLinkKind, arbUnit, freshId } from '../testing/arb-values';
import { IncrementalAnalysis } from './incremental-analysis';
import { causalCycleScope } from './cycle-scope';

function shown(result: AnalysisResult) {
  const byId = <T extends { readonly id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { conflicts: byId(result.conflicts), dismissed: byId(result.dismissed), stale: result.stale, scores: result.scores };
}

/**
 * Edits that change the lists' shape or the link graph: links removed, inserted among the others
 * or moved to another event, events removed or inserted among the others, and an intensity
 * edit, so that removals meet field edits in one update.
 */
function arbStructuralOp(story: Story): fc.Arbitrary<EditOp> {
  const ids = story.events.map((e) => e.id);
  const ops: fc.Arbitrary<EditOp>[] = [];
  if (ids.length === 0) return fc.constant({ kind: 'set-story-title', title: 'empty' });
  const end = fc.constantFrom(...ids);
  ops.push(
    fc.record({ from: end, to: end, strength: arbUnit, kind: arbLinkKind, index: fc.integer({ min: 0, max: story.links.length }) }).map(
      ({ from, to, strength, kind, index }): EditOp => ({ kind: 'add-link', link: { id: freshId('ins-', story.links.map((l) => l.id)), from, to, strength, kind }, index }),
    ),
    fc.record({ body: arbEventBody(story.scales.map((s) => s.id)), index: fc.integer({ min: 0, max: ids.length }) }).map(
      ({ body, index }): EditOp => ({ kind: 'add-event', event: { id: freshId('ins', ids), ...body }, index }),
    ),
    end.map((eventId): EditOp => ({ kind: 'remove-event', eventId })),
    fc.record({ eventId: end, value: arbUnit }).map(({ eventId, value }): EditOp => ({ kind: 'set-event-field', eventId, field: 'intensity', value })),
  );
  if (story.links.length > 0) {
    const link = fc.constantFrom(...story.links.map((l) => l.id));
    ops.push(
      link.map((linkId): EditOp => ({ kind: 'remove-link', linkId })),
      link.map((linkId): EditOp => ({ kind: 'remove-link', linkId })),
      fc.record({ linkId: link, value: end, field: fc.constantFrom('from' as const, 'to' as const) }).map(({ linkId, value, field }): EditOp => ({ kind: 'set-link-field', linkId, field, value })),
    );
  }
  return fc.oneof(...ops);
}

function arbSession(length: number): fc.Arbitrary<{ story: Story; ops: EditOp[] }> {
  const steps = (story: Story, left: number): fc.Arbitrary<EditOp[]> =>
    left === 0 ? fc.constant([]) : arbStructuralOp(story).chain((op) => steps(applyEdit(story, op).story, left - 1).map((rest) => [op, ...rest]));
  return arbStory({ maxEvents: 24 }).chain((story) => steps(story, length).map((ops) => ({ story, ops })));
}

const reorders = (ops: readonly EditOp[]): boolean => ops.some((op) => op.kind === 'remove-link' || (op.kind === 'add-link' && op.index !== undefined));

describe('the incremental analysis after removals, insertions and moved links', () => {
  it('equals a full analysis after every edit, one edit per update', () => {
    let followed = 0;
    let removals = 0;
    let removalsFollowed = 0;
    let inserts = 0;
    let insertsFollowed = 0;
    fc.assert(
      fc.property(arbSession(8), ({ story, ops }) => {
        const engine = IncrementalAnalysis.of(story);
        let current = story;
        for (const op of ops) {
          current = applyEdit(current, op).story;
          const before = new Set(engine.allConflicts().map((c) => c.id));
          const change = engine.update(current, [op]);
          if (!change.full && reorders([op])) followed++;
          // The change lists say what became of the conflicts shown before (the worker sends them on).
          const after = new Set(engine.allConflicts().map((c) => c.id));
          for (const id of change.removed) before.delete(id);
          for (const c of change.added) before.add(c.id);
          expect([...before].sort()).toEqual([...after].sort());
          for (const c of change.changed) expect(after.has(c.id)).toBe(true);
          if (op.kind === 'remove-event') {
            removals++;
            if (!change.full) removalsFollowed++;
          }
          if (op.kind === 'add-event' && op.index !== undefined) {
            inserts++;
            if (!change.full) insertsFollowed++;
          }
          expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
        }
      }),
      { numRuns: 200 },
    );
    // Link removals and insertions are followed without a full analysis.
    expect(followed).toBeGreaterThan(200);
    // So are event removals (with the removed events' links).
    expect(removals).toBeGreaterThan(100);
    expect(removalsFollowed).toBeGreaterThan(removals * 0.9);
    // And events inserted among the others.
    expect(inserts).toBeGreaterThan(100);
    expect(insertsFollowed).toBe(inserts);
  }, 60_000);

  it('equals a full analysis when removals are undone and redone, the event and its links put back where they were', () => {
    // Loops are followed through the removal and the undo too: causal-cycle never runs whole.
    const whole = vi.spyOn(causalCycleScope, 'whole');
    fc.assert(
      fc.property(arbStory({ maxEvents: 24 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (story, picks, redo) => {
        const engine = IncrementalAnalysis.of(story);
        const opened = whole.mock.calls.length;
        let current = story;
        const step = (op: EditOp): void => {
          const { story: next, inverse } = applyEdit(current, op);
          current = next;
          const change = engine.update(current, [op]);
          expect(change.full).toBe(false);
          expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
          undo = inverse;
        };
        let undo: EditOp | undefined;
        for (const [k, pick] of picks.entries()) {
          if (current.events.length === 0) break;
          const removal: EditOp = { kind: 'remove-event', eventId: current.events[pick % current.events.length]!.id };
          step(removal);
          // The undo inserts the event at its index, then its links at theirs, in one batch.
          step(undo!);
          if (redo[k] === true) step(removal);
        }
        expect(whole.mock.calls.length).toBe(opened);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('equals a full analysis when several such edits come in one update or one batch', () => {
    fc.assert(
      fc.property(arbSession(9), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), fc.boolean(), ({ story, ops }, sizes, batched) => {
        const engine = IncrementalAnalysis.of(story);
        let current = story;
        let k = 0;
        for (const size of sizes) {
          const group = ops.slice(k, k + size);
          if (group.length === 0) break;
          k += group.length;
          const given: EditOp[] = batched ? [{ kind: 'batch', ops: group }] : group;
          for (const op of given) current = applyEdit(current, op).story;
          engine.update(current, given);
          expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
