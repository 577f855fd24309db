import { useId, useState } from 'react';
import { dismissConflict } from '../../state';

/** "Won't fix": dismiss the conflict as intended, with an optional note kept in the story file. */
export function DismissForm({ conflictId }: { readonly conflictId: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)} title="Keep it as the author intended; it stops counting">
        Won’t fix…
      </button>
    );
  }
  return (
    <form
      className="dismiss-form"
      aria-label="Dismiss conflict"
      onSubmit={(e) => {
        e.preventDefault();
        const text = note.trim();
        dismissConflict(conflictId, text === '' ? undefined : text);
        setOpen(false);
        setNote('');
      }}
    >
      <label htmlFor={noteId}>Why it stays (optional note)</label>
      <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
      <div className="button-row">
        <button type="submit" className="small">
          Dismiss conflict
        </button>
        <button type="button" className="small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
