import fc from 'fast-check';
import type { Conflict } from '../../../core/analysis/conflict';
import { applyAnalysisDelta, diffAnalysis, type AnalysisView } from '../../../state';

/** One analysis after another, as the studio receives them; `next` makes the list. */
export interface AnalysisStep {
  readonly keep: readonly boolean[];
  readonly fresh: readonly Conflict[];
  readonly seed: number;
  /** Made by the worker's delta, as the studio gets each analysis after the first (what keepers of derived lists read what came and went from). */
  readonly viaDelta: boolean;
  /** Not shown: a render skipped this analysis, so the next delta's base is not the list seen last. */
  readonly skipped: boolean;
}

/** Steps whose new conflicts come from `conflict`. */
export function arbAnalysisStep(conflict: fc.Arbitrary<Conflict>): fc.Arbitrary<AnalysisStep> {
  return fc.record({
    keep: fc.array(fc.boolean(), { maxLength: 30 }),
    fresh: fc.array(conflict, { maxLength: 6 }),
    seed: fc.nat(),
    viaDelta: fc.boolean(),
    skipped: fc.boolean(),
  });
}

const view = (conflicts: readonly Conflict[]): AnalysisView => ({ revision: 0, conflicts, dismissed: [], stale: [] }) as unknown as AnalysisView;

/** The analysis after `list`: some of its conflicts kept (the same objects), some dropped, some new, reordered as a new analysis may sort. */
export function nextAnalysis(list: readonly Conflict[], step: AnalysisStep): readonly Conflict[] {
  const next = [...list.filter((_, i) => step.keep[i] ?? true), ...step.fresh];
  next.sort((a, b) => ((a.id.length * 31 + step.seed) % 7) - ((b.id.length * 31 + step.seed) % 7));
  return step.viaDelta ? applyAnalysisDelta(view(list), diffAnalysis(view(list), view(next))).conflicts : next;
}
