import { useMemo, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';

function same(a: Conflict, b: Conflict): boolean {
  return a.message === b.message && a.severity === b.severity && a.links.length === b.links.length && a.links.every((l, i) => l === b.links[i]);
}

/** Keeps, across calls, the earlier object of each conflict whose id, message, severity and links are unchanged. */
export function conflictStabilizer(): (conflicts: readonly Conflict[] | undefined) => readonly Conflict[] | undefined {
  let previous = new Map<string, Conflict>();
  return (conflicts) => {
    if (!conflicts) return undefined;
    const stable = conflicts.map((c) => {
      const p = previous.get(c.id);
      return p && same(p, c) ? p : c;
    });
    previous = new Map(stable.map((c) => [c.id, c]));
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
