import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../core/analysis/conflict';
import { applyAnalysisDelta, conflictListChange, diffAnalysis, type AnalysisView } from '../../state';
import { conflictStabilizer } from './use-stable-conflicts';

const conflict = (id: string, message: string, severity = 0.5): Conflict =>
  ({ id, type: 'temporal-paradox', category: 'temporal', severity, events: [], links: ['l1'], scales: [], message, subjects: [] }) as Conflict;

describe('stable conflict objects', () => {
  it('hands out the earlier object of an unchanged conflict, the new one of a changed or new conflict', () => {
    const stabilize = conflictStabilizer();
    const a = conflict('a', 'A');
    const b = conflict('b', 'B');
    expect(stabilize([a, b])).toEqual([a, b]);
    const next = stabilize([conflict('a', 'A'), conflict('b', 'B changed'), conflict('c', 'C')])!;
    expect(next[0]).toBe(a);
    expect(next[1]).not.toBe(b);
    expect(next[1]!.message).toBe('B changed');
    // After the change, the changed object is the one kept; a conflict that went and came back unchanged is the earlier object.
    const again = stabilize([conflict('b', 'B changed'), conflict('a', 'A')])!;
    expect(again[0]).toBe(next[1]);
    expect(again[1]).toBe(a);
    expect(stabilize(undefined)).toBeUndefined();
  });

  it('keeps up with many analyses of different conflicts', () => {
    const stabilize = conflictStabilizer();
    for (let round = 0; round < 50; round++) {
      const list = Array.from({ length: 20 }, (_, i) => conflict(`r${round}-${i}`, 'M'));
      expect(stabilize(list)).toEqual(list);
    }
  });

  it('hands out a list the worker sent as a delta to the last one as it is, with the unchanged conflicts as they were', () => {
    const stabilize = conflictStabilizer();
    const a = conflict('a', 'A');
    const b = conflict('b', 'B');
    const first = { revision: 1, conflicts: [a, b] } as unknown as AnalysisView;
    expect(stabilize(first.conflicts)).toBe(first.conflicts);
    const next = { revision: 2, conflicts: [{ ...a }, conflict('c', 'C')] } as unknown as AnalysisView;
    const made = applyAnalysisDelta(first, diffAnalysis(first, next)).conflicts;
    const shown = stabilize(made)!;
    expect(shown).toBe(made);
    expect(shown[0]).toBe(a);
    expect(shown.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('after a conflict went and came back (an edit and its undo), hands out its earlier object and says how each list differs from the one before', () => {
    const stabilize = conflictStabilizer();
    const a = conflict('a', 'A');
    const b = conflict('b', 'B');
    const view = (revision: number, conflicts: Conflict[]) => ({ revision, conflicts }) as unknown as AnalysisView;
    const v1 = view(1, [a, b]);
    const out1 = stabilize(v1.conflicts)!;
    // Revision 2 resolves b; revision 3 brings it back (a new object from the worker); revision 4 resolves a.
    const v2 = applyAnalysisDelta(v1, diffAnalysis(v1, view(2, [a])));
    const out2 = stabilize(v2.conflicts)!;
    const v3 = applyAnalysisDelta(v2, diffAnalysis(v2, view(3, [a, conflict('b', 'B')])));
    const out3 = stabilize(v3.conflicts)!;
    expect(out3).toEqual([a, b]);
    expect(out3[1]).toBe(b);
    expect(conflictListChange(out3)).toEqual({ base: out2, removed: [], added: [b] });
    const v4 = applyAnalysisDelta(v3, diffAnalysis(v3, view(4, [v3.conflicts[1]!])));
    const out4 = stabilize(v4.conflicts)!;
    expect(out4).toHaveLength(1);
    expect(out4[0]).toBe(b);
    expect(conflictListChange(out4)).toEqual({ base: out3, removed: [a], added: [] });
    expect(conflictListChange(out4)!.removed[0]).toBe(a);
    expect(out1).toBe(v1.conflicts);
  });
});
