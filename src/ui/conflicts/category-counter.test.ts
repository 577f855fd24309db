import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFLICT_CATEGORIES, type Conflict } from '../../core/analysis/conflict';
import { categoryCounter } from './category-counter';
import { countByCategory } from './group-conflicts';
import { arbAnalysisStep, nextAnalysis } from './testing/analysis-steps';

let made = 0;
const arbConflict = fc
  .constantFrom(...CONFLICT_CATEGORIES)
  .map((category): Conflict => ({ category, id: `c${++made}`, type: 'temporal-paradox', severity: 0.5, events: [], links: [], scales: [], message: '', subjects: [] }) as unknown as Conflict);

describe('conflict counts by category across analyses', () => {
  it('are the counts of the whole list, after any sequence of analyses', () => {
    fc.assert(
      fc.property(fc.array(arbConflict, { maxLength: 30 }), fc.array(arbAnalysisStep(arbConflict), { minLength: 1, maxLength: 8 }), (first, steps) => {
        const count = categoryCounter();
        let list: readonly Conflict[] = first;
        expect(count(list)).toEqual(countByCategory(list));
        for (const step of steps) {
          list = nextAnalysis(list, step);
          if (step.skipped) continue;
          expect(count(list)).toEqual(countByCategory(list));
        }
      }),
      { numRuns: 300 },
    );
  });
});
