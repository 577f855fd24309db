import { useMemo, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { conflictListChange, noteConflictListChange } from '../../state';

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
 *
 * A list the worker sent as a delta to the last one is handed on with how it differs from the last list handed
 * out (conflictListChange), also when a conflict that came back is handed out as its earlier object (an edit
 * and its undo): the conflicts panel then moves those few conflicts instead of grouping 17,000 again.
 */
export function conflictStabilizer(): (conflicts: readonly Conflict[] | undefined) => readonly Conflict[] | undefined {
  let previous = new Map<string, Conflict>();
  /** The last list given, and the list handed out for it. */
  let lastIn: readonly Conflict[] | null = null;
  let lastOut: readonly Conflict[] | null = null;
  /** Conflicts of the last list given that were handed out as their earlier object, and that object. */
  let swapped = new Map<Conflict, Conflict>();
  const handOut = (c: Conflict): Conflict => {
    const p = previous.get(c.id);
    if (sameAsEarlier(p, c)) {
      swapped.set(c, p!);
      return p!;
    }
    previous.set(c.id, c);
    return c;
  };
  return (conflicts) => {
    if (!conflicts) return undefined;
    const change = conflictListChange(conflicts);
    let out: readonly Conflict[];
    if (change !== undefined && lastOut !== null && change.base === lastIn) {
      const removed = change.removed.map((c) => {
        const s = swapped.get(c);
        swapped.delete(c);
        return s ?? c;
      });
      const added = change.added.map(handOut);
      if (swapped.size === 0 && lastOut === lastIn) {
        // As the worker's delta made it: the change it names is already the one from the list handed out.
        out = conflicts;
      } else {
        out = swapped.size === 0 ? conflicts.slice() : conflicts.map((c) => swapped.get(c) ?? c);
        noteConflictListChange(out, { base: lastOut, removed, added });
      }
    } else {
      swapped = new Map();
      const stable = conflicts.map(handOut);
      out = swapped.size === 0 ? conflicts : stable;
    }
    if (previous.size > 2 * out.length + 64) previous = new Map(out.map((c) => [c.id, c]));
    lastIn = conflicts;
    lastOut = out;
    return out;
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
