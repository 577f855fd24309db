import { useId, useState, type KeyboardEvent } from 'react';
import { storyUndoInField } from '../keyboard/field-undo';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Called once per finished edit (Enter or leaving the field), only when the text changed. */
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  /** What is wrong with a finished edit (shown under the field, not committed), or null when it may be committed. */
  readonly check?: (value: string) => string | null;
}

/**
 * A labelled text input that commits on Enter or blur, so typing a title is one undo step,
 * not one per key. Escape restores the stored value; Ctrl+Z with nothing typed undoes the story.
 */
export function TextField({ label, value, onCommit, multiline, placeholder, hint, check }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // A new stored value (undo, another event) replaces the draft: adjusted during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    // Typing not yet saved stays (it is saved over the new value): a change from elsewhere, another tab's, must not
    // wipe it. A value already refused (its error shown) gives way: the user has moved on (to Undo, say).
    if (draft === shown || error !== null) {
      setDraft(value);
      setError(null);
    }
  }
  const commit = () => {
    const problem = draft === value ? null : (check?.(draft) ?? null);
    setError(problem);
    if (draft !== value && problem === null) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (storyUndoInField(e, draft !== value)) return;
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(value);
      setError(null);
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
