import { HISTORY_LIMIT, redo, undo, useDocument, useShallow } from '../../state';

/** Undo and Redo, each describing the step it would take ("Undo move event"); under 1200 px wide only their arrows show. */
export function UndoRedo() {
  const d = useDocument(
    useShallow((s) => ({ canUndo: s.canUndo, canRedo: s.canRedo, undoLabel: s.undoLabel, redoLabel: s.redoLabel })),
  );
  const undoText = d.canUndo ? (d.undoLabel ?? 'Undo') : 'Nothing to undo';
  const redoText = d.canRedo ? (d.redoLabel ?? 'Redo') : 'Nothing to redo';
  return (
    <div className="tool-group" role="group" aria-label="History">
      <button type="button" onClick={() => undo()} disabled={!d.canUndo} title={`${undoText} (Ctrl+Z). Undo keeps the last ${HISTORY_LIMIT} steps.`} aria-description={undoText} aria-label="Undo">
        <span aria-hidden="true">↶</span>
        <span className="wide-word"> Undo</span>
      </button>
      <button type="button" onClick={() => redo()} disabled={!d.canRedo} title={`${redoText} (Ctrl+Shift+Z)`} aria-description={redoText} aria-label="Redo">
        <span aria-hidden="true">↷</span>
        <span className="wide-word"> Redo</span>
      </button>
    </div>
  );
}
