import type { Conflict } from '../../core/analysis/conflict';
import { restoreConflict, select, useAnalysis, useDismissedEntries } from '../../state';

/**
 * Conflicts the author dismissed ("won't fix"), apart from the active list and not
 * counted: a collapsed "Dismissed (N)" list with each note and Restore.
 */
export function DismissedConflicts() {
  const dismissed = useAnalysis().data?.dismissed ?? [];
  const entries = useDismissedEntries();
  if (dismissed.length === 0) return null;
  const noteOf = (c: Conflict): string | undefined => entries.find((d) => d.id === c.id)?.note;
  return (
    <details className="dismissed" data-testid="dismissed-conflicts">
      <summary>Dismissed ({dismissed.length})</summary>
      <ul aria-label="Dismissed conflicts">
        {dismissed.map((c) => {
          const note = noteOf(c);
          return (
            <li key={c.id} data-dismissed-conflict-id={c.id} data-dismissed-type={c.type}>
              <button
                type="button"
                className="link-button dismissed-pick"
                onClick={() => select({ conflictId: c.id, events: [...c.events], links: [...c.links] })}
              >
                <span className="ref-type">{c.type.replace(/-/g, ' ')}</span>: {c.message}
              </button>
              {note && <p className="dismissed-text">“{note}”</p>}
              <button type="button" className="small" aria-label={`Restore: ${c.message}`} onClick={() => restoreConflict(c.id)}>
                Restore
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
