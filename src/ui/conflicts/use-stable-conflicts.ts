import { useMemo, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';

function same(a: Conflict, b: Conflict): boolean {
  return a.message === b.message && a.severity === b.severity && a.links.length === b.links.length && a.links.every((l, i) => l === b.links[i]);
}

/**
 * Keeps, across calls, the earlier object of each conflict whose id, message, severity and links are unchanged.
 * The map of earlier objects is updated where a conflict is new or changed (an edit: a handful), not made again
 * for every conflict on each call; it is made afresh only once it holds twice as many ids as the list.
 */
export function conflictStabilizer(): (conflicts: readonly Conflict[] | undefined) => readonly Conflict[] | undefined {
  let previous = new Map<string, Conflict>();
  return (conflicts) => {
    if (!conflicts) return undefined;
    const stable = conflicts.map((c) => {
      const p = previous.get(c.id);
      if (p === c) return c;
      if (p && same(p, c)) return p;
      previous.set(c.id, c);
      return c;
    });
    if (previous.size > 2 * stable.length + 64) previous = new Map(stable.map((c) => [c.id, c]));
    return stable;
  };
}

/**
 * Conflicts arrive from the worker as new objects on every analysis; this hands out the
 * previous object for an unchanged conflict, so memoised rows skip re-rendering.
 */
export function useStableConflicts(conflicts: readonly Conflict[] | undefined): readonly Conflict[] | undefined {
  const [stabilize] = useState(conflictStabilizer);
  return useMemo(() => stabilize(conflicts), [stabilize, conflicts]);
}
