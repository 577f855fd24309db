import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFLICT_CATEGORIES, type Conflict } from '../../core/analysis/conflict';
import { conflictMarks, type ConflictMarks } from '../graph/conflict-marks';
import { conflictMarksTracker } from './conflict-marks-tracker';
import { arbAnalysisStep, nextAnalysis } from './testing/analysis-steps';

let made = 0;
/** A conflict touching some of a few events and links (repeats allowed, as a rule may name an event twice). */
const arbConflict = fc
  .record({
    category: fc.constantFrom(...CONFLICT_CATEGORIES),
    severity: fc.constantFrom(0.2, 0.5, 0.8, 1),
    events: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 }),
    links: fc.array(fc.constantFrom('l1', 'l2', 'l3'), { maxLength: 3 }),
  })
  .map((c): Conflict => ({ ...c, id: `c${++made}`, type: 'temporal-paradox', scales: [], message: '', subjects: [] }) as Conflict);

const plain = (m: ConflictMarks) => ({
  events: new Map([...m.events].map(([id, x]) => [id, { count: x.count, category: x.category }])),
  links: new Map([...m.links].map(([id, x]) => [id, { count: x.count, category: x.category }])),
});

describe('conflict marks kept across analyses', () => {
  it('are the marks made from scratch, after any sequence of analyses', () => {
    fc.assert(
      fc.property(fc.array(arbConflict, { maxLength: 30 }), fc.array(arbAnalysisStep(arbConflict), { minLength: 1, maxLength: 8 }), (first, steps) => {
        const track = conflictMarksTracker();
        let list: readonly Conflict[] = first;
        let shown = track(list);
        expect(plain(shown)).toEqual(plain(conflictMarks([...list])));
        for (const step of steps) {
          list = nextAnalysis(list, step);
          if (step.skipped) continue;
          const before = shown;
          const beforeCopy = plain(before);
          shown = track(list);
          expect(plain(shown)).toEqual(plain(conflictMarks([...list])));
          // The marks handed out earlier did not change under the render that holds them.
          expect(plain(before)).toEqual(beforeCopy);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same marks again for the same list', () => {
    const track = conflictMarksTracker();
    const list: Conflict[] = [];
    expect(track(list)).toBe(track(list));
  });
});
