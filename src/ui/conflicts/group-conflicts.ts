import type { Conflict, ConflictCategory } from '../../core/analysis/conflict';
import { CATEGORIES } from '../categories';

export interface ConflictGroup {
  readonly category: ConflictCategory;
  readonly conflicts: readonly Conflict[];
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
    // Stable tie-break on message keeps the list from shuffling between analyses.
    list.sort((a, b) => b.severity - a.severity || a.type.localeCompare(b.type) || a.message.localeCompare(b.message));
    groups.push({ category, conflicts: list });
  }
  return groups;
}

/** Number of conflicts per category (every category present, zero when none). */
export function countByCategory(conflicts: readonly Conflict[]): Record<ConflictCategory, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<ConflictCategory, number>;
  for (const c of conflicts) counts[c.category]++;
  return counts;
}
