import { HISTORY_LIMIT, redo, undo, useDocument, useShallow } from '../../state';

/**
 * Undo and Redo, each describing the step it would take ("Undo move event"); under 1200 px wide only their arrows show.
 * With nothing to undo or redo they are aria-disabled, not disabled: a disabled button drops the focus, and a keyboard
 * user who undid the last step with Enter would find it on the page's body (the browser then also lays the page out
 * again as React puts the focus back, 14 ms at 20,000 events).
 */
export function UndoRedo() {
  const d = useDocument(
    useShallow((s) => ({ canUndo: s.canUndo, canRedo: s.canRedo, undoLabel: s.undoLabel, redoLabel: s.redoLabel })),
  );
  const undoText = d.canUndo ? (d.undoLabel ?? 'Undo') : 'Nothing to undo';
  const redoText = d.canRedo ? (d.redoLabel ?? 'Redo') : 'Nothing to redo';
  return (
    <div className="tool-group" role="group" aria-label="History">
      <button type="button" onClick={() => d.canUndo && undo()} aria-disabled={!d.canUndo} title={`${undoText} (Ctrl+Z). Undo keeps the last ${HISTORY_LIMIT} steps.`} aria-description={undoText} aria-label="Undo">
        <span aria-hidden="true">↶</span>
        <span className="wide-word"> Undo</span>
      </button>
      <button type="button" onClick={() => d.canRedo && redo()} aria-disabled={!d.canRedo} title={`${redoText} (Ctrl+Shift+Z)`} aria-description={redoText} aria-label="Redo">
        <span aria-hidden="true">↷</span>
        <span className="wide-word"> Redo</span>
      </button>
    </div>
  );
}
