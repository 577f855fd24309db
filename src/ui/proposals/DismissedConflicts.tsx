import { restoreConflict, select, useAnalysis } from '../../state';
import '../styles/proposals.css';
import { conflictTypeName } from '../words/conflict-type-name';

/**
 * Conflicts the author dismissed ("won't fix"), apart from the active list and not
 * counted: a collapsed "Dismissed (N)" list with each note and Restore. Entries whose
 * conflict no longer exists (stale) are listed apart; they stay in the story until the
 * author removes them, so a conflict that comes back is still dismissed.
 */
export function DismissedConflicts() {
  const data = useAnalysis().data;
  const dismissed = data?.dismissed ?? [];
  const stale = data?.stale ?? [];
  if (dismissed.length === 0 && stale.length === 0) return null;
  return (
    <details className="dismissed" data-testid="dismissed-conflicts">
      <summary>
        Dismissed ({dismissed.length}){stale.length > 0 ? `, ${stale.length} no longer found` : ''}
      </summary>
      {dismissed.length > 0 && (
        <ul aria-label="Dismissed conflicts">
          {dismissed.map((c) => (
            <li key={c.id} data-dismissed-conflict-id={c.id} data-dismissed-type={c.type}>
              <button
                type="button"
                className="link-button dismissed-pick"
                onClick={() => select({ conflictId: c.id, events: [...c.events], links: [...c.links] })}
              >
                <span className="ref-type">{conflictTypeName(c.type)}</span>: {c.message}
              </button>
              {c.dismissal.note && <p className="dismissed-text">“{c.dismissal.note}”</p>}
              <button type="button" className="small" aria-label={`Restore: ${c.message}`} onClick={() => restoreConflict(c.id)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {stale.length > 0 && (
        <ul aria-label="Dismissed conflicts no longer found" data-testid="stale-dismissed">
          {stale.map((d) => (
            <li key={d.id} data-stale-dismissed-id={d.id}>
              <span className="dismissed-stale-id">{d.id}</span> (no longer found in the story)
              {d.note && <p className="dismissed-text">“{d.note}”</p>}
              <button type="button" className="small" aria-label={`Forget dismissal: ${d.id}`} onClick={() => restoreConflict(d.id)}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
