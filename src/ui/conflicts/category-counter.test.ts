import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFLICT_CATEGORIES, type Conflict } from '../../core/analysis/conflict';
import { applyAnalysisDelta, diffAnalysis, type AnalysisView } from '../../state';
import { categoryCounter } from './category-counter';
import { countByCategory } from './group-conflicts';

let made = 0;
const arbConflict = fc
  .constantFrom(...CONFLICT_CATEGORIES)
  .map((category): Conflict => ({ category, id: `c${++made}`, type: 'temporal-paradox', severity: 0.5, events: [], links: [], scales: [], message: '', subjects: [] }) as unknown as Conflict);

/** The next analysis: some conflicts of the last one kept (the same objects), some dropped, some new. */
const arbStep = fc.record({
  keep: fc.array(fc.boolean(), { maxLength: 30 }),
  fresh: fc.array(arbConflict, { maxLength: 6 }),
  // Made by the worker's delta, as the studio gets each analysis after the first.
  viaDelta: fc.boolean(),
  // A render skipped this analysis: the next delta's base is not the list counted last.
  skipped: fc.boolean(),
});

const view = (conflicts: readonly Conflict[]): AnalysisView => ({ revision: 0, conflicts, dismissed: [], stale: [] }) as unknown as AnalysisView;

describe('conflict counts by category across analyses', () => {
  it('are the counts of the whole list, after any sequence of analyses', () => {
    fc.assert(
      fc.property(fc.array(arbConflict, { maxLength: 30 }), fc.array(arbStep, { minLength: 1, maxLength: 8 }), (first, steps) => {
        const count = categoryCounter();
        let list: readonly Conflict[] = first;
        expect(count(list)).toEqual(countByCategory(list));
        for (const step of steps) {
          const next = [...list.filter((_, i) => step.keep[i] ?? true), ...step.fresh];
          list = step.viaDelta ? applyAnalysisDelta(view(list), diffAnalysis(view(list), view(next))).conflicts : next;
          if (step.skipped) continue;
          expect(count(list)).toEqual(countByCategory(list));
        }
      }),
      { numRuns: 300 },
    );
  });
});
