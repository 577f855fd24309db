import type { Conflict } from '../core/analysis/conflict';
import type { ConflictChange } from '../core/incremental/incremental-analysis';

/** Highest severity first; ties by type then id so the order is stable across runs. */
export function bySeverity(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

/**
 * The active conflicts in the Conflicts panel's order (bySeverity), kept from one revision to
 * the next: an edit's change is merged into the previous order instead of sorting tens of
 * thousands of conflicts again (a locale-aware sort of 85k conflicts takes far longer than
 * the incremental analysis itself).
 */
export class ActiveOrder {
  private list: readonly Conflict[] = [];

  get conflicts(): readonly Conflict[] {
    return this.list;
  }

  /** Starts over from every active conflict. */
  reset(active: readonly Conflict[]): void {
    this.list = [...active].sort(bySeverity);
  }

  /** Applies an update of the analysis; `find` gives a detected conflict by id, `isDismissed` its review state. */
  apply(change: ConflictChange, find: (id: string) => Conflict | undefined, isDismissed: (id: string) => boolean): void {
    const out = new Set<string>(change.removed);
    const incoming = new Map<string, Conflict>();
    for (const c of [...change.added, ...change.changed]) {
      out.add(c.id);
      incoming.set(c.id, c);
    }
    for (const id of change.toggled) {
      out.add(id);
      const c = find(id);
      if (c !== undefined) incoming.set(id, c);
    }
    if (out.size === 0) return;
    const insert = [...incoming.values()].filter((c) => !isDismissed(c.id)).sort(bySeverity);
    const merged: Conflict[] = [];
    let k = 0;
    for (const c of this.list) {
      if (out.has(c.id)) continue;
      while (k < insert.length && bySeverity(insert[k]!, c) < 0) merged.push(insert[k++]!);
      merged.push(c);
    }
    while (k < insert.length) merged.push(insert[k++]!);
    this.list = merged;
  }
}
