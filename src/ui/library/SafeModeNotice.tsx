import { leaveSafeMode, useLibrary } from '../../state';

/**
 * Shown instead of the story when the last start did not finish opening one
 * (the tab crashed or hung while opening it): name it, offer to try again or delete it.
 */
export function SafeModeNotice() {
  const failed = useLibrary((l) => l.safeMode);
  if (!failed) return null;
  return (
    <div className="import-errors safe-mode" role="alert" aria-label="Safe mode">
      <p>
        <strong>Started in safe mode.</strong> The story “{failed.title}” did not finish opening last time, so no story was
        opened. Open it anyway, delete it, or pick another story from the library.
      </p>
      <div className="tool-group">
        <button type="button" onClick={() => void leaveSafeMode('open')}>
          Open “{failed.title}” anyway
        </button>
        <button type="button" onClick={() => void leaveSafeMode('delete')}>
          Delete “{failed.title}”
        </button>
      </div>
    </div>
  );
}
