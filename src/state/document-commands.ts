import { applyEdit } from '../core/edits/apply-edit';
import { describeEdit } from '../core/edits/describe-edit';
import { EditError } from '../core/edits/edit-error';
import type { EditOp } from '../core/edits/edit-op';
import { combineInverses, type HistoryStep } from './history';
import { pushStepNoticed } from './history-cap';
import { notify } from './notices';
import { commitStory, refreshHistoryFlags, session } from './session';
import { documentStore } from './stores';

/** Applies ops in order; the inverses come back in application order. Throws EditError for an invalid op. */
function applyAll(ops: readonly EditOp[]): { story: ReturnType<typeof applyEdit>['story']; inverses: EditOp[] } {
  let story = documentStore.getState().story;
  const inverses: EditOp[] = [];
  for (const op of ops) {
    const r = applyEdit(story, op);
    story = r.story;
    inverses.push(r.inverse);
  }
  return { story, inverses };
}

/**
 * Changes the open story as one undoable step (or as part of the open gesture).
 * `label` defaults to describeEdit ("move event"). An invalid op changes nothing:
 * the reason is shown as a notice and the result is false.
 */
export function edit(ops: EditOp | readonly EditOp[], label?: string): boolean {
  const list: readonly EditOp[] = Array.isArray(ops) ? ops : [ops as EditOp];
  if (list.length === 0) return true;
  const before = documentStore.getState().story;
  let applied: ReturnType<typeof applyAll>;
  try {
    applied = applyAll(list);
  } catch (e) {
    if (e instanceof EditError) {
      notify('error', e.message);
      return false;
    }
    throw e;
  }
  const inverse = combineInverses(applied.inverses);
  if (session.gesture) {
    session.gesture.inverses.push(inverse);
    // The first change of a gesture already makes redo impossible, as any edit does.
    session.history = { undo: session.history.undo, redo: [] };
  } else {
    const described = label ?? describeEdit(list.length === 1 ? list[0]! : { kind: 'batch', ops: list }, before);
    session.history = pushStepNoticed(session.history, { label: described, op: inverse });
  }
  commitStory(applied.story, list);
  return true;
}

/** Opens a gesture: edits until endGesture() become one undo step named `label` (a drag is one step). */
export function beginGesture(label: string): void {
  if (session.gesture) endGesture();
  session.gesture = { label, inverses: [] };
}

/** Closes the open gesture; if it changed anything, that is now one undo step. */
export function endGesture(): void {
  const g = session.gesture;
  session.gesture = null;
  if (!g || g.inverses.length === 0) return;
  session.history = pushStepNoticed(session.history, { label: g.label, op: combineInverses(g.inverses) });
  refreshHistoryFlags();
}

/**
 * Applies a history step, or says why it no longer applies and gives undefined
 * (another tab changed what it would take back, e.g. deleted the event): the
 * step is then dropped rather than blocking the history.
 */
function applyStep(step: HistoryStep, verb: 'undo' | 'redo'): ReturnType<typeof applyEdit> | undefined {
  try {
    return applyEdit(documentStore.getState().story, step.op);
  } catch (e) {
    if (!(e instanceof EditError)) throw e;
    notify('error', `Could not ${verb} ${step.label}: ${e.message}. The story was changed since (perhaps in another tab).`);
    return undefined;
  }
}

/** Undoes the last step; false when there is none. */
export function undo(): boolean {
  if (session.gesture) endGesture();
  const { undo: stack, redo } = session.history;
  const step = stack[stack.length - 1];
  if (!step) return false;
  const applied = applyStep(step, 'undo');
  if (!applied) {
    session.history = { undo: stack.slice(0, -1), redo };
    refreshHistoryFlags();
    return false;
  }
  const { story, inverse } = applied;
  session.history = { undo: stack.slice(0, -1), redo: [...redo, { label: step.label, op: inverse }] };
  commitStory(story, [step.op]);
  return true;
}

/** Redoes the last undone step; false when there is none. */
export function redo(): boolean {
  if (session.gesture) endGesture();
  const { undo: stack, redo: redoStack } = session.history;
  const step = redoStack[redoStack.length - 1];
  if (!step) return false;
  const applied = applyStep(step, 'redo');
  if (!applied) {
    session.history = { undo: stack, redo: redoStack.slice(0, -1) };
    refreshHistoryFlags();
    return false;
  }
  const { story, inverse } = applied;
  session.history = { undo: [...stack, { label: step.label, op: inverse }], redo: redoStack.slice(0, -1) };
  commitStory(story, [step.op]);
  return true;
}
