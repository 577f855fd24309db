import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeStory, type AnalysisResult } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { freshId } from '../testing/arb-values';
import { storyOf } from '../testing/story-builder';
import { causalCycleScope } from './cycle-scope';
import { IncrementalAnalysis } from './incremental-analysis';

function shown(result: AnalysisResult) {
  const byId = <T extends { readonly id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { conflicts: byId(result.conflicts), dismissed: byId(result.dismissed), stale: result.stale, scores: result.scores };
}

/**
 * A story shaped like a written one: events in time order, each linked to a few of the next
 * ones, so that a link moved to an earlier event closes a loop or goes back without closing one,
 * and a link moved out of a loop may break it.
 */
const arbChainStory: fc.Arbitrary<Story> = fc
  .record({
    n: fc.integer({ min: 2, max: 18 }),
    hops: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 40 }),
    back: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    scales: fc.array(fc.constantFrom('scene', 'sequence', 'arc'), { minLength: 18, maxLength: 18 }),
  })
  .map(({ n, hops, back, scales }) => {
    const id = (i: number): string => `e${i % n}`;
    const links = [...hops.map(([a, d]) => ({ from: id(a), to: id(Math.min(n - 1, (a % n) + d)) })), ...back.map(([a, b]) => ({ from: id(a), to: id(b) }))];
    return storyOf({
      events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, time: i, scale: scales[i]! })),
      links: links.map((l, k) => ({ ...l, id: `l${k}` })),
    });
  });

/** Edits of the link graph: a link's cause or effect moved to any event, links added at the end or among the others, links removed. */
function arbLinkOp(story: Story): fc.Arbitrary<EditOp> {
  const end = fc.constantFrom(...story.events.map((e) => e.id));
  const fresh = freshId('n', story.links.map((l) => l.id));
  const ops: fc.Arbitrary<EditOp>[] = [
    fc.record({ from: end, to: end, index: fc.option(fc.integer({ min: 0, max: story.links.length }), { nil: undefined }) }).map(({ from, to, index }): EditOp => {
      const link = { id: fresh, from, to, strength: 0.5, kind: 'causes' as const };
      return index === undefined ? { kind: 'add-link', link } : { kind: 'add-link', link, index };
    }),
  ];
  if (story.links.length > 0) {
    const link = fc.constantFrom(...story.links.map((l) => l.id));
    const move = fc.record({ linkId: link, value: end, field: fc.constantFrom('from' as const, 'to' as const) }).map(({ linkId, value, field }): EditOp => ({ kind: 'set-link-field', linkId, field, value }));
    ops.push(move, move, move, link.map((linkId): EditOp => ({ kind: 'remove-link', linkId })));
  }
  return fc.oneof(...ops);
}

function arbSession(length: number): fc.Arbitrary<{ story: Story; ops: EditOp[] }> {
  const steps = (story: Story, left: number): fc.Arbitrary<EditOp[]> =>
    left === 0 ? fc.constant([]) : arbLinkOp(story).chain((op) => steps(applyEdit(story, op).story, left - 1).map((rest) => [op, ...rest]));
  return arbChainStory.chain((story) => steps(story, length).map((ops) => ({ story, ops })));
}

const loopIds = (result: AnalysisResult): string[] => result.conflicts.filter((c) => c.type === 'causal-cycle' && c.events.length > 1).map((c) => c.id);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loops followed as links move', () => {
  it('equal a full analysis after every link edit, without ever running causal-cycle whole', () => {
    const whole = vi.spyOn(causalCycleScope, 'whole');
    let closed = 0;
    let broken = 0;
    fc.assert(
      fc.property(arbSession(10), ({ story, ops }) => {
        const engine = IncrementalAnalysis.of(story);
        const runs = whole.mock.calls.length;
        let current = story;
        let before = loopIds(engine.result());
        for (const op of ops) {
          current = applyEdit(current, op).story;
          expect(engine.update(current, [op]).full).toBe(false);
          const expected = analyzeStory(current);
          expect(shown(engine.result())).toEqual(shown(expected));
          const after = loopIds(expected);
          if (after.some((id) => !before.includes(id))) closed++;
          if (before.some((id) => !after.includes(id))) broken++;
          before = after;
        }
        // Loops closed, merged, broken and backward links that close none: all followed.
        expect(whole.mock.calls.length).toBe(runs);
      }),
      { numRuns: 300 },
    );
    // The sessions did close and break loops (not a vacuous pass): 150-180 closed and 115-130 broken in 3,000
    // edits, depending on the seed: 100 itself was missed now and then (96), so the bar is lower.
    expect(closed).toBeGreaterThan(50);
    expect(broken).toBeGreaterThan(50);
  }, 60_000);

  it('equal a full analysis when several link edits come in one update', () => {
    const whole = vi.spyOn(causalCycleScope, 'whole');
    fc.assert(
      fc.property(arbSession(8), fc.integer({ min: 2, max: 4 }), ({ story, ops }, size) => {
        const engine = IncrementalAnalysis.of(story);
        let current = story;
        for (let k = 0; k < ops.length; k += size) {
          const group = ops.slice(k, k + size);
          for (const op of group) current = applyEdit(current, op).story;
          const runs = whole.mock.calls.length;
          // Some groups (a link removed and one inserted before others) are left to a full analysis.
          if (!engine.update(current, group).full) expect(whole.mock.calls.length).toBe(runs);
          expect(shown(engine.result())).toEqual(shown(analyzeStory(current)));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
