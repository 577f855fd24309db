import type { Conflict, ConflictCategory } from '../../core/analysis/conflict';
import { conflictListChange } from '../../state';
import { countByCategory } from './group-conflicts';

type Counts = Readonly<Record<ConflictCategory, number>>;

/**
 * Conflict counts by category kept across analyses (the status bar's). A list the worker's delta
 * made from the list counted last is counted from what came and went; any other list is counted
 * whole (17,793 conflicts at 20,000 dense events: 2-3 ms of each analysis's render on a slow
 * machine, for an edit that changes a few).
 */
export function categoryCounter(): (conflicts: readonly Conflict[]) => Counts {
  let last: readonly Conflict[] | null = null;
  let counts: Counts | null = null;
  return (conflicts) => {
    if (conflicts === last && counts) return counts;
    const change = conflictListChange(conflicts);
    if (change && counts && change.base === last) {
      const next = { ...counts };
      for (const c of change.removed) next[c.category]--;
      for (const c of change.added) next[c.category]++;
      counts = next;
    } else {
      counts = countByCategory(conflicts);
    }
    last = conflicts;
    return counts;
  };
}
