import type { EditOp } from '../core/edits/edit-op';
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
