import type { Conflict } from '../../core/analysis/conflict';
import type { ConflictGroup } from './group-conflicts';

/** One row of the Conflicts panel: a conflict, its group and its place in the group (0: the row carries the heading). */
export interface ConflictRow {
  readonly conflict: Conflict;
  readonly group: ConflictGroup;
  readonly inGroup: number;
}

/**
 * The grouped conflicts as one list of rows, read through the groups: a row object is made for
 * the rows on screen, not for each of 17,000 conflicts after every analysis.
 */
export class ConflictRows {
  readonly length: number;
  /** Index of each group's first row. */
  private readonly starts: readonly number[];

  constructor(private readonly groups: readonly ConflictGroup[]) {
    const starts: number[] = [];
    let n = 0;
    for (const g of groups) {
      starts.push(n);
      n += g.conflicts.length;
    }
    this.starts = starts;
    this.length = n;
  }

  /** The row at `index` (0 ≤ index < length). */
  at(index: number): ConflictRow {
    const g = this.groupAt(index);
    const group = this.groups[g]!;
    const inGroup = index - this.starts[g]!;
    return { conflict: group.conflicts[inGroup]!, group, inGroup };
  }

  /** The conflict of the row at `index`, without making a row (the list's keys ask for every row). */
  conflictAt(index: number): Conflict {
    const g = this.groupAt(index);
    return this.groups[g]!.conflicts[index - this.starts[g]!]!;
  }

  private groupAt(index: number): number {
    let g = this.groups.length - 1;
    while (g > 0 && this.starts[g]! > index) g--;
    return g;
  }

  /** The row of the conflict with this id, or -1. */
  indexOf(conflictId: string): number {
    for (let g = 0; g < this.groups.length; g++) {
      const i = this.groups[g]!.conflicts.findIndex((c) => c.id === conflictId);
      if (i >= 0) return this.starts[g]! + i;
    }
    return -1;
  }
}
