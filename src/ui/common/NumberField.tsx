import { useId, useState, type KeyboardEvent } from 'react';
import { storyUndoInField } from '../keyboard/field-undo';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly unit?: string;
}

function parse(text: string, min?: number, max?: number): number | string {
  const t = text.trim();
  if (t === '') return 'Enter a number.';
  const v = Number(t);
  if (!Number.isFinite(v)) return 'Enter a number.';
  if (min !== undefined && v < min) return `At least ${min}.`;
  if (max !== undefined && v > max) return `At most ${max}.`;
  return v;
}

/**
 * A labelled number input that commits a valid value on Enter or blur; an invalid entry is
 * announced and never reaches the story.
 */
export function NumberField({ label, value, onCommit, min, max, step, unit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // A new stored value (undo, another event) replaces the draft: adjusted during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    // Typing not yet saved stays (it is saved over the new value): a change from elsewhere, another tab's, must not
    // wipe it. A value already refused (its error shown) gives way: the user has moved on (to Undo, say).
    if (draft === String(shown) || error !== null) {
      setDraft(String(value));
      setError(null);
    }
  }
  const commit = () => {
    const v = parse(draft, min, max);
    if (typeof v === 'string') {
      setError(v);
      return;
    }
    setError(null);
    // The field shows the number as stored ("2.50" reads 2.5): typing that differs only in how it is written is not pending.
    setDraft(String(v));
    if (v !== value) onCommit(v);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (storyUndoInField(e, draft !== String(value))) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(String(value));
      setError(null);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step ?? 'any'}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', unit ? `${id}-unit` : ''].join(' ').trim() || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {unit && (
        <span className="field-unit" id={`${id}-unit`}>
          {unit}
        </span>
      )}
      </span>
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
