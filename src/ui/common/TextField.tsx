import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Called once per finished edit (Enter or leaving the field), only when the text changed. */
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
}

/**
 * A labelled text input that commits on Enter or blur, so typing a title is one undo step,
 * not one per key. Escape restores the stored value.
 */
export function TextField({ label, value, onCommit, multiline, placeholder, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A new stored value (undo, another event) replaces the draft: adjusted during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(value);
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
