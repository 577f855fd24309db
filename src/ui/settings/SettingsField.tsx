import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { storyUndoInField } from '../keyboard/field-undo';

interface Props {
  readonly label: string;
  /** The stored value as text. */
  readonly value: string;
  /** Applies the text; returns null when done, or what is wrong (shown inline, nothing changed). */
  readonly onCommit: (text: string) => string | null;
  readonly type?: 'text' | 'number';
  readonly hint?: string;
  readonly placeholder?: string;
  readonly className?: string;
  /** In a table-like row the column header shows the label; the label element stays for assistive technology. */
  readonly hideLabel?: boolean;
}

/**
 * A labelled settings input that commits on Enter or when focus leaves (one undo step per
 * finished edit). An invalid entry stays in the field, marked invalid with its reason.
 * Escape drops the draft (and closes the dialog).
 */
export function SettingsField({ label, value, onCommit, type = 'text', hint, placeholder, className, hideLabel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const skipBlur = useRef(false);
  // The text last committed: the stored value it becomes may read otherwise (an empty field stores the default).
  const [committed, setCommitted] = useState<string | null>(null);
  // A new stored value (undo) replaces the draft: adjusted during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    // Typing not yet saved stays (it is saved over the new value): a change from elsewhere, another tab's, must not
    // wipe it. A value already refused (its error shown) gives way: the user has moved on (to Undo, say).
    if (draft === shown || draft === committed || error !== null) {
      setDraft(value);
      setError(null);
    }
    setCommitted(null);
  }
  const commit = () => {
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = onCommit(draft);
    setError(problem);
    if (problem === null) setCommitted(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (storyUndoInField(e, draft !== value)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      skipBlur.current = true;
      setDraft(value);
      setError(null);
    }
  };
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field settings-field ${className}` : 'field settings-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (skipBlur.current) skipBlur.current = false;
          else commit();
        }}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
