import type { Conflict, ConflictCategory } from '../../core/analysis/conflict';
import { conflictListChange } from '../../state';
import { CATEGORIES } from '../categories';

export interface ConflictGroup {
  readonly category: ConflictCategory;
  readonly conflicts: readonly Conflict[];
}

/** One collator: `localeCompare` per comparison was most of the grouping's 90 ms (17,793 conflicts, under load). */
const collator = new Intl.Collator();

/** Most severe first; ties by type, then message (so the list does not shuffle between analyses), then id (a total order). */
function before(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || collator.compare(a.type, b.type) || collator.compare(a.message, b.message) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Groups conflicts by category (fixed category order, empty groups left out), most severe first within a group. */
export function groupConflicts(conflicts: readonly Conflict[]): ConflictGroup[] {
  const by = new Map<ConflictCategory, Conflict[]>();
  for (const c of conflicts) {
    const list = by.get(c.category);
    if (list) list.push(c);
    else by.set(c.category, [c]);
  }
  const groups: ConflictGroup[] = [];
  for (const category of CATEGORIES) {
    const list = by.get(category);
    if (!list) continue;
    list.sort(before);
    groups.push({ category, conflicts: list });
  }
  return groups;
}

/** Beyond this share of the list changed, grouping from scratch is as quick. */
const MAX_CHANGED_SHARE = 0.25;

/** Where `c` goes in the sorted `list`. */
function insertionPoint(list: readonly Conflict[], c: Conflict): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `groupConflicts` kept across analyses: after an edit a few conflicts of thousands come
 * and go and the others are the same objects (applyAnalysisDelta, useStableConflicts
 * keep them), so the gone ones are taken out of their groups and the new ones put in by
 * binary search instead of sorting every group again. Which came and went is read from
 * the delta that made the list when there is one (conflictListChange), else found by
 * comparing the two lists. Groups given out never change.
 */
export function conflictGrouper(): (conflicts: readonly Conflict[]) => ConflictGroup[] {
  let last: readonly Conflict[] | null = null;
  let lastSet: ReadonlySet<Conflict> | null = null;
  let groups: ConflictGroup[] = [];
  return (conflicts) => {
    if (conflicts === last) return groups;
    let patched: ConflictGroup[] | null = null;
    let nextSet: ReadonlySet<Conflict> | null = null;
    if (last !== null) {
      const limit = Math.max(16, conflicts.length * MAX_CHANGED_SHARE);
      const change = conflictListChange(conflicts);
      let removed: ReadonlySet<Conflict>;
      let added: readonly Conflict[];
      if (change !== undefined && change.base === last) {
        removed = new Set(change.removed);
        added = change.added;
      } else {
        const next = new Set(conflicts);
        const before = lastSet ?? new Set(last);
        const gone = new Set<Conflict>();
        const came: Conflict[] = [];
        for (const c of last) if (!next.has(c) && gone.add(c).size > limit) break;
        for (const c of conflicts) if (!before.has(c) && came.push(c) > limit) break;
        removed = gone;
        added = came;
        nextSet = next;
      }
      if (removed.size + added.length <= limit) {
        const touched = new Set([...removed, ...added].map((c) => c.category));
        const byCategory = new Map(groups.map((g) => [g.category, g.conflicts]));
        patched = [];
        for (const category of CATEGORIES) {
          let list = byCategory.get(category) ?? [];
          if (touched.has(category)) {
            const kept = removed.size === 0 ? list.slice() : list.filter((c) => !removed.has(c));
            for (const c of added) if (c.category === category) kept.splice(insertionPoint(kept, c), 0, c);
            list = kept;
          }
          if (list.length > 0) patched.push({ category, conflicts: list });
        }
      }
    }
    groups = patched ?? groupConflicts(conflicts);
    last = conflicts;
    lastSet = nextSet;
    return groups;
  };
}

/** Number of conflicts per category (every category present, zero when none). */
export function countByCategory(conflicts: readonly Conflict[]): Record<ConflictCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<ConflictCategory, number>;
  for (const c of conflicts) counts[c.category]++;
  return counts;
}
