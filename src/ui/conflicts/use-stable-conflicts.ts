import { useMemo, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { conflictListChange } from '../../state';

function same(a: Conflict, b: Conflict): boolean {
  return a.message === b.message && a.severity === b.severity && a.links.length === b.links.length && a.links.every((l, i) => l === b.links[i]);
}

/** An earlier, different object of the same conflict, to be handed out instead of `c`. */
function sameAsEarlier(p: Conflict | undefined, c: Conflict): boolean {
  return p !== undefined && p !== c && same(p, c);
}

/**
 * Keeps, across calls, the earlier object of each conflict whose id, message, severity and links are unchanged.
 * The map of earlier objects is updated where a conflict is new or changed (an edit: a handful), not made again
 * for every conflict on each call; it is made afresh only once it holds twice as many ids as the list.
 */
export function conflictStabilizer(): (conflicts: readonly Conflict[] | undefined) => readonly Conflict[] | undefined {
  let previous = new Map<string, Conflict>();
  /** The last list given, when it was handed out as it was (no conflict replaced by an earlier object). */
  let lastAsIs: readonly Conflict[] | null = null;
  return (conflicts) => {
    if (!conflicts) return undefined;
    // Made from the last list by a delta (the usual answer after an edit): only the conflicts that came are new objects.
    const change = conflictListChange(conflicts);
    if (change !== undefined && change.base === lastAsIs && change.added.every((c) => !sameAsEarlier(previous.get(c.id), c))) {
      for (const c of change.added) previous.set(c.id, c);
      if (previous.size > 2 * conflicts.length + 64) previous = new Map(conflicts.map((c) => [c.id, c]));
      lastAsIs = conflicts;
      return conflicts;
    }
    let replaced = false;
    const stable = conflicts.map((c) => {
      const p = previous.get(c.id);
      if (p === c) return c;
      if (sameAsEarlier(p, c)) {
        replaced = true;
        return p!;
      }
      previous.set(c.id, c);
      return c;
    });
    if (previous.size > 2 * stable.length + 64) previous = new Map(stable.map((c) => [c.id, c]));
    lastAsIs = replaced ? null : conflicts;
    return replaced ? stable : conflicts;
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
