import { useId, useState } from 'react';
import { addNote, useDocument, useReview } from '../../state';

/** `Add note` on the selected event: the note's text and the reviewer's name (remembered). */
export function AddNote({ eventId }: { readonly eventId: string }) {
  const id = useId();
  const remembered = useReview((r) => r.author);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(remembered);
  const count = useDocument((d) => (d.story.notes ?? []).filter((n) => n.event === eventId).length);
  const add = () => {
    if (addNote(eventId, text, author) !== null) setText('');
  };
  return (
    <fieldset className="field add-note">
      <legend>Review note</legend>
      <label htmlFor={`${id}-text`}>Note text</label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-author`}>Your name</label>
      <input id={`${id}-author`} type="text" value={author} onChange={(e) => setAuthor(e.target.value)} autoComplete="name" />
      <div className="inline-add">
        <button type="button" className="small" disabled={text.trim() === ''} onClick={add}>
          Add note
        </button>
        {count > 0 && <span className="muted">{count === 1 ? '1 note on this event' : `${count} notes on this event`}</span>}
      </div>
    </fieldset>
  );
}
