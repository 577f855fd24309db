import type { NoteFilter } from '../../core/review/notes';
import { filterNotes } from '../../core/review/notes';
import { removeNote, setNoteFilter, setNoteResolved, useDocument, useOrphanedNotes, useReview } from '../../state';
import { pickEvent } from './TensionCurve';
import { findEvent } from '../common/event-lookup';

const FILTERS: readonly { readonly value: NoteFilter; readonly label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

/** The story's review notes, filtered open/resolved, each resolvable and reopenable (one undo step each). */
export function NotesPanel() {
  const notes = useDocument((d) => d.story.notes);
  const events = useDocument((d) => d.story.events);
  const filter = useReview((r) => r.noteFilter);
  const orphaned = useOrphanedNotes();
  const all = notes ?? [];
  const shown = filterNotes(all, filter);
  const titleOf = (id: string) => findEvent(events, id)?.title;
  return (
    <section className="review-card notes-panel" role="region" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes</h3>
      <div className="note-filters" role="radiogroup" aria-label="Show notes">
        {FILTERS.map((f) => (
          <label key={f.value}>
            <input type="radio" name="note-filter" value={f.value} checked={filter === f.value} onChange={() => setNoteFilter(f.value)} />
            {f.label} ({filterNotes(all, f.value).length})
          </label>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{all.length === 0 ? 'No notes yet. Select an event and use Add note in the Inspector.' : 'No notes match this filter.'}</p>
      ) : (
        <ul className="notes-list" aria-label="Review notes">
          {shown.map((n) => {
            const title = n.event === undefined ? undefined : titleOf(n.event);
            const lost = orphaned.has(n.id);
            return (
              <li key={n.id} data-note-id={n.id} data-resolved={n.resolved === true} data-orphaned={lost} className={n.resolved ? 'resolved' : undefined}>
                <p className="note-where">
                  {lost ? (
                    <span className="orphaned">On a deleted event (orphaned)</span>
                  ) : title !== undefined ? (
                    <button type="button" className="link-button" onClick={() => pickEvent(n.event!)}>
                      {title}
                    </button>
                  ) : (
                    'On the story'
                  )}
                  <span className="muted">
                    {' '}
                    {[n.author, n.at?.slice(0, 10)].filter(Boolean).join(', ')}
                    {n.resolved ? ' · resolved' : ''}
                  </span>
                </p>
                <p className="note-text">{n.text}</p>
                <div className="note-actions">
                  <button type="button" className="small" onClick={() => setNoteResolved(n.id, !n.resolved)} aria-label={`${n.resolved ? 'Reopen' : 'Resolve'} note: ${n.text}`}>
                    {n.resolved ? 'Reopen' : 'Resolve'}
                  </button>
                  <button type="button" className="small" onClick={() => removeNote(n.id)} aria-label={`Delete note: ${n.text}`}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
