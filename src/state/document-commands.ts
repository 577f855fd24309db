import { applyEdit, applyEdits, type EditResult } from '../core/edits/apply-edit';
import { describeEdit } from '../core/edits/describe-edit';
import { EditError } from '../core/edits/edit-error';
import type { EditOp } from '../core/edits/edit-op';
import { ops as op } from '../core/edits/ops';
import { combineInverses, type HistoryStep } from './history';
import { pushStepNoticed } from './history-cap';
import { notify } from './notices';
import { commitStory, refreshHistoryFlags } from './session';
import type { Studio } from './studio-context';

/**
 * Changes the open story as one undoable step (or as part of the open gesture).
 * The ops are applied by the core's `applyEdits`, all or nothing, which also gives
 * the one inverse that undoes them. `label` defaults to describeEdit ("move event").
 * An invalid op changes nothing: the reason is shown as a notice and the result is false.
 */
export function edit(s: Studio, ops: EditOp | readonly EditOp[], label?: string): boolean {
  const list: readonly EditOp[] = Array.isArray(ops) ? ops : [ops as EditOp];
  const [only] = list;
  if (only === undefined) return true;
  const before = s.document.getState().story;
  let applied: EditResult;
  try {
    applied = applyEdits(before, list);
  } catch (e) {
    if (e instanceof EditError) {
      notify(s, 'error', e.message);
      return false;
    }
    throw e;
  }
  const session = s.session;
  if (session.gesture) {
    session.gesture.inverses.push(applied.inverse);
    // The first change of a gesture already makes redo impossible, as any edit does.
    session.history = { undo: session.history.undo, redo: [] };
  } else {
    const described = label ?? describeEdit(list.length === 1 ? only : op.batch(list), before);
    session.history = pushStepNoticed(s, session.history, { label: described, op: applied.inverse });
  }
  commitStory(s, applied.story, list);
  return true;
}

/** Opens a gesture: edits until endGesture() become one undo step named `label` (a drag is one step). */
export function beginGesture(s: Studio, label: string): void {
  if (s.session.gesture) endGesture(s);
  s.session.gesture = { label, inverses: [] };
}

/** Closes the open gesture; if it changed anything, that is now one undo step. */
export function endGesture(s: Studio): void {
  const g = s.session.gesture;
  s.session.gesture = null;
  if (!g || g.inverses.length === 0) return;
  s.session.history = pushStepNoticed(s, s.session.history, { label: g.label, op: combineInverses(g.inverses) });
  refreshHistoryFlags(s);
}

/**
 * Applies a history step, or says why it no longer applies and gives undefined
 * (another tab changed what it would take back, e.g. deleted the event): the
 * step is then dropped rather than blocking the history.
 */
function applyStep(s: Studio, step: HistoryStep, verb: 'undo' | 'redo'): EditResult | undefined {
  try {
    return applyEdit(s.document.getState().story, step.op);
  } catch (e) {
    if (!(e instanceof EditError)) throw e;
    notify(s, 'error', `Could not ${verb} ${step.label}: ${e.message}. The story was changed since (perhaps in another tab).`);
    return undefined;
  }
}

/** Undoes the last step; false when there is none. */
export function undo(s: Studio): boolean {
  if (s.session.gesture) endGesture(s);
  const { undo: stack, redo } = s.session.history;
  const step = stack[stack.length - 1];
  if (!step) return false;
  const applied = applyStep(s, step, 'undo');
  if (!applied) {
    s.session.history = { undo: stack.slice(0, -1), redo };
    refreshHistoryFlags(s);
    return false;
  }
  const { story, inverse } = applied;
  s.session.history = { undo: stack.slice(0, -1), redo: [...redo, { label: step.label, op: inverse }] };
  commitStory(s, story, [step.op]);
  return true;
}

/** Redoes the last undone step; false when there is none. */
export function redo(s: Studio): boolean {
  if (s.session.gesture) endGesture(s);
  const { undo: stack, redo: redoStack } = s.session.history;
  const step = redoStack[redoStack.length - 1];
  if (!step) return false;
  const applied = applyStep(s, step, 'redo');
  if (!applied) {
    s.session.history = { undo: stack, redo: redoStack.slice(0, -1) };
    refreshHistoryFlags(s);
    return false;
  }
  const { story, inverse } = applied;
  s.session.history = { undo: [...stack, { label: step.label, op: inverse }], redo: redoStack.slice(0, -1) };
  commitStory(s, story, [step.op]);
  return true;
}
