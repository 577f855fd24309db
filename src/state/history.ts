import type { EditOp } from '../core/edits/edit-op';
import { opTargets, overlapsWith } from '../core/edits/op-targets';
import { ops } from '../core/edits/ops';

/**
 * One undoable step: the operation that takes the story back (or, on the redo
 * stack, forward again) and the label shown as "Undo <label>". Applying `op`
 * yields the inverse, which becomes the step on the other stack.
 */
export interface HistoryStep {
  readonly label: string;
  readonly op: EditOp;
}

export interface History {
  readonly undo: readonly HistoryStep[];
  readonly redo: readonly HistoryStep[];
}

/** Steps kept per story; older ones fall off so that saved history stays small. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: History = { undo: [], redo: [] };

/** A new step after an edit: pushed onto undo, and the redo stack is gone. */
export function pushStep(h: History, step: HistoryStep): History {
  return { undo: [...h.undo, step].slice(-HISTORY_LIMIT), redo: [] };
}

/** Several inverses collected in application order, as one op that undoes them all. */
export function combineInverses(inverses: readonly EditOp[]): EditOp {
  if (inverses.length === 1) return inverses[0]!;
  return ops.batch([...inverses].reverse());
}

/** Capitalised first letter, for "Undo move event". */
export function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The history without the steps that change something `remote` (another tab's change, just
 * applied here) changed too: undoing such a step would take the other tab's change back with
 * this tab's (two renames of one event at once: Undo in the tab whose rename was replaced
 * brought back the title from before both). `dropped` are the undo steps taken out.
 */
export function withoutOverlapping(h: History, remote: readonly EditOp[]): { readonly history: History; readonly dropped: readonly HistoryStep[] } {
  if (h.undo.length === 0 && h.redo.length === 0) return { history: h, dropped: [] };
  const written = remote.flatMap(opTargets);
  if (written.length === 0) return { history: h, dropped: [] };
  const overlaps = overlapsWith(written);
  const keeps = (step: HistoryStep): boolean => !overlaps(opTargets(step.op));
  const undo = h.undo.filter(keeps);
  const redo = h.redo.filter(keeps);
  if (undo.length === h.undo.length && redo.length === h.redo.length) return { history: h, dropped: [] };
  return { history: { undo, redo }, dropped: h.undo.filter((step) => !keeps(step)) };
}
