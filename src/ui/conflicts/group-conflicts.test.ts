import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import { applyAnalysisDelta, diffAnalysis, type AnalysisView } from '../../state';
import { conflictGrouper, countByCategory, groupConflicts } from './group-conflicts';
import { conflictStabilizer } from './use-stable-conflicts';

/** A view holding only conflicts: what the deltas between analyses are made of here. */
const view = (revision: number, conflicts: readonly Conflict[]): AnalysisView => ({ revision, conflicts }) as unknown as AnalysisView;

function conflict(id: string, type: ConflictType, severity: number): Conflict {
  return { id, type, category: CATEGORY_OF[type], severity, events: [], links: [], scales: [], message: id, subjects: [] };
}

describe('the Conflicts panel grouping', () => {
  const conflicts = [
    conflict('spike', 'intensity-spike', 0.4),
    conflict('paradox', 'temporal-paradox', 0.85),
    conflict('gap', 'causal-gap', 0.3),
    conflict('over', 'intensity-over-limit', 0.8),
    conflict('cycle', 'causal-cycle', 0.9),
  ];

  it('groups by category in a fixed order and puts the most severe first within each group', () => {
    const groups = groupConflicts(conflicts);
    expect(groups.map((g) => [g.category, g.conflicts.map((c) => c.id)])).toEqual([
      ['causal', ['cycle']],
      ['temporal', ['paradox', 'gap']],
      ['therapeutic', ['over', 'spike']],
    ]);
  });

  it('counts conflicts per category, zero for the quiet ones', () => {
    expect(countByCategory(conflicts)).toEqual({ causal: 1, temporal: 2, scale: 0, character: 0, thematic: 0, therapeutic: 2 });
  });

  it('kept across analyses, is the grouping made from scratch after any sequence of analyses', () => {
    let made = 0;
    const types = Object.keys(CATEGORY_OF) as ConflictType[];
    const arbConflict = fc
      .record({ type: fc.constantFrom(...types), severity: fc.constantFrom(0.3, 0.5, 0.9), message: fc.constantFrom('a', 'b', 'É', 'z') })
      .map(({ type, severity, message }): Conflict => ({ ...conflict(`c${++made}`, type, severity), message }));
    const arbStep = fc.record({ keep: fc.array(fc.boolean(), { maxLength: 40 }), fresh: fc.array(arbConflict, { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(arbConflict, { maxLength: 40 }), fc.array(arbStep, { minLength: 1, maxLength: 8 }), (first, steps) => {
        const group = conflictGrouper();
        let list: readonly Conflict[] = first;
        expect(group(list)).toEqual(groupConflicts(list));
        for (const step of steps) {
          const before = group(list);
          const copy = before.map((g) => [...g.conflicts]);
          list = [...list.filter((_, i) => step.keep[i] ?? true), ...step.fresh];
          expect(group(list)).toEqual(groupConflicts(list));
          // Groups handed out earlier are left as they were.
          expect(before.map((g) => [...g.conflicts])).toEqual(copy);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the grouping made from scratch when each list is made from the last by the worker\'s delta, through the stable objects', () => {
    let made = 0;
    const types = Object.keys(CATEGORY_OF) as ConflictType[];
    const arbConflict = fc
      .record({ type: fc.constantFrom(...types), severity: fc.constantFrom(0.3, 0.5, 0.9), message: fc.constantFrom('a', 'b', 'z') })
      .map(({ type, severity, message }): Conflict => ({ ...conflict(`d${++made}`, type, severity), message }));
    const arbStep = fc.record({ keep: fc.array(fc.boolean(), { maxLength: 40 }), fresh: fc.array(arbConflict, { maxLength: 6 }), at: fc.nat(40) });
    fc.assert(
      fc.property(fc.array(arbConflict, { maxLength: 40 }), fc.array(arbStep, { minLength: 1, maxLength: 8 }), (first, steps) => {
        const group = conflictGrouper();
        const stabilize = conflictStabilizer();
        let held = view(0, first);
        expect(group(stabilize(held.conflicts)!)).toEqual(groupConflicts(first));
        steps.forEach((step, k) => {
          const kept = held.conflicts.filter((_, i) => step.keep[i] ?? true);
          const at = Math.min(step.at, kept.length);
          // The worker's next list: some conflicts gone, new ones anywhere, the rest as they were (fresh objects, as a structured clone makes them).
          const next = view(k + 1, [...kept.slice(0, at), ...step.fresh, ...kept.slice(at)].map((c) => ({ ...c })));
          held = applyAnalysisDelta(held, diffAnalysis(held, next));
          const shown = stabilize(held.conflicts)!;
          expect(shown).toEqual(next.conflicts);
          expect(group(shown)).toEqual(groupConflicts(next.conflicts));
        });
      }),
      { numRuns: 200 },
    );
  });
});

