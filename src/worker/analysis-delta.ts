import type { Conflict } from '../core/analysis/conflict';
import type { AnalysisView } from './protocol';

/**
 * A revision's analysis as the difference to an earlier revision's, which the main
 * thread already holds. After an edit a handful of conflicts come and go out of
 * thousands: sending (and structurally cloning on both sides) only those keeps the
 * answer small, and unchanged conflicts stay the same objects on the main thread.
 */
export interface AnalysisDelta {
  readonly kind: 'delta';
  readonly from: number;
  readonly revision: number;
  /** Ids of `from`'s active conflicts that are gone or changed. */
  readonly removed: readonly string[];
  /** Active conflicts that are new or changed, with their index in the new list, by index. */
  readonly added: readonly { readonly index: number; readonly conflict: Conflict }[];
  /** The rest of the view, whole (small: dismissed conflicts, scores, stats, per-scale summary). */
  readonly rest: Omit<AnalysisView, 'conflicts'>;
}

/** What `analysisDelta` answers: a delta, or the whole view when the worker no longer holds `from`'s. */
export type AnalysisAnswer = AnalysisDelta | { readonly kind: 'full'; readonly view: AnalysisView };

/** Structural equality of plain data (what crosses the worker boundary): arrays, plain objects, primitives. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The delta from `before` to `after` (both full views of the same story, `before` earlier). */
export function diffAnalysis(before: AnalysisView, after: AnalysisView): AnalysisDelta {
  const old = new Map<string, Conflict>();
  for (const c of before.conflicts) old.set(c.id, c);
  const kept = new Set<string>();
  const added: { index: number; conflict: Conflict }[] = [];
  after.conflicts.forEach((c, index) => {
    const prev = old.get(c.id);
    if (prev !== undefined && samePlain(prev, c)) kept.add(c.id);
    else added.push({ index, conflict: c });
  });
  const removed: string[] = [];
  for (const c of before.conflicts) if (!kept.has(c.id)) removed.push(c.id);
  const { conflicts: _all, ...rest } = after;
  return { kind: 'delta', from: before.revision, revision: after.revision, removed, added, rest };
}

/**
 * `before` brought to the delta's revision: its conflicts minus the removed ones, the
 * added ones at their indices. Kept conflicts keep their order (the list is sorted by a
 * total order on what a kept conflict does not change) and stay the same objects.
 */
export function applyAnalysisDelta(before: AnalysisView, delta: AnalysisDelta): AnalysisView {
  const removed = new Set(delta.removed);
  const total = before.conflicts.length - removed.size + delta.added.length;
  const conflicts: Conflict[] = new Array<Conflict>(total);
  const gone: Conflict[] = [];
  let from = 0;
  let next = 0;
  for (let i = 0; i < total; i++) {
    const add = delta.added[next];
    if (add !== undefined && add.index === i) {
      conflicts[i] = add.conflict;
      next++;
      continue;
    }
    while (removed.has(before.conflicts[from]!.id)) gone.push(before.conflicts[from++]!);
    conflicts[i] = before.conflicts[from++]!;
  }
  for (; from < before.conflicts.length; from++) gone.push(before.conflicts[from]!);
  changes.set(conflicts, { base: before.conflicts, removed: gone, added: delta.added.map((a) => a.conflict) });
  return { ...delta.rest, conflicts };
}

/** How a conflicts list was made from an earlier list by applyAnalysisDelta: the conflicts that left it and those that came. */
export interface ConflictListChange {
  readonly base: readonly Conflict[];
  readonly removed: readonly Conflict[];
  readonly added: readonly Conflict[];
}

const changes = new WeakMap<readonly Conflict[], ConflictListChange>();

/**
 * How `conflicts` differs from the list it was made from, when applyAnalysisDelta made it: what
 * keeps the conflicts panel's own lists needs to look at those few, not at 17,000 conflicts.
 */
export function conflictListChange(conflicts: readonly Conflict[]): ConflictListChange | undefined {
  return changes.get(conflicts);
}

/** Records how `conflicts` was made from `change.base`, for a list handed on in another form (some conflicts as earlier objects). */
export function noteConflictListChange(conflicts: readonly Conflict[], change: ConflictListChange): void {
  changes.set(conflicts, change);
}

/**
 * The last few analyses the worker answered, by revision, so that the next answer can
 * be a delta to one of them. Revisions are never reused within a worker's life (the
 * main thread numbers every story change, opened stories included), so a revision
 * names one story state.
 */
export function analysisHistory(keep = 4): { answer(from: number, view: AnalysisView): AnalysisAnswer } {
  const views: AnalysisView[] = [];
  return {
    answer(from, view) {
      const before = views.find((v) => v.revision === from);
      if (!views.includes(view)) {
        views.push(view);
        if (views.length > keep) views.shift();
      }
      return before !== undefined && before !== view ? diffAnalysis(before, view) : { kind: 'full', view };
    },
  };
}
