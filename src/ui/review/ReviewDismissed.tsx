import type { Conflict } from '../../core/analysis/conflict';
import { restoreConflict, useAnalysis, useDismissedEntries } from '../../state';
import { conflictTypeName } from '../words/conflict-type-name';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function dismissedOn(at: string | undefined): string | null {
  const d = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(d) ? null : day.format(d);
}

interface Props {
  /** Selects a dismissed conflict, so the Proposals panel shows it with its note and fixes. */
  readonly onPick: (c: Conflict) => void;
}

/** Therapeutic conflicts first: they are the ones a therapist dismissed here, under the alignment they would count in. */
function therapeuticFirst(conflicts: readonly Conflict[]): Conflict[] {
  const therapeutic = conflicts.filter((c) => c.category === 'therapeutic');
  return [...therapeutic, ...conflicts.filter((c) => c.category !== 'therapeutic')];
}

/**
 * The conflicts dismissed as intended ("Won’t fix"), with the reason given and a Restore for
 * each: the Conflicts panel that lists them is hidden in review mode, and a therapist who
 * dismissed one must be able to take it back here. Restore is the same undoable edit as the
 * panel's. Entries whose conflict no longer exists are the designer's to forget, in that panel.
 */
export function ReviewDismissed({ onPick }: Props) {
  const data = useAnalysis().data;
  const entries = useDismissedEntries();
  const dismissed = therapeuticFirst(data?.dismissed ?? []);
  if (dismissed.length === 0) return null;
  const entryOf = new Map(entries.map((d) => [d.id, d]));
  return (
    <details className="review-dismissed" data-testid="review-dismissed">
      <summary>
        Dismissed as intended ({dismissed.length}) <span className="muted">· not counted in the scores</span>
      </summary>
      <ul aria-label="Dismissed conflicts">
        {dismissed.map((c) => {
          const entry = entryOf.get(c.id);
          const on = dismissedOn(entry?.at);
          return (
            <li key={c.id} data-dismissed-conflict-id={c.id} data-dismissed-type={c.type}>
              <button type="button" className="link-button dismissed-pick" onClick={() => onPick(c)}>
                <span className="ref-type">{conflictTypeName(c.type)}</span>: {c.message}
              </button>
              <p className="dismissed-reason">
                {entry?.note ? `Why it stays: “${entry.note}”` : 'No reason was given.'}
                {on && <span className="muted"> Dismissed {on}.</span>}
              </p>
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
