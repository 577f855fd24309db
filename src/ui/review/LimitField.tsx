import { useId, useState, type KeyboardEvent } from 'react';
import { readTherapyInput, type TherapyField } from '../../core/review/therapy-fields';
import { storyUndoInField } from '../keyboard/field-undo';

interface Props {
  readonly field: TherapyField;
  readonly value: number;
  /** True when the value comes from the story's profile, false when it is the format's default. */
  readonly set: boolean;
  readonly onCommit: (value: number) => void;
}

/**
 * One therapy limit as a slider with its number beside it. The slider commits when it is let
 * go (one undo step per change, not per pixel); the number commits on Enter or blur. A value
 * out of range shows an inline error naming the allowed range and changes nothing.
 */
export function LimitField({ field, value, set, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [slider, setSlider] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // A new stored value (undo, a starter profile) replaces the drafts: adjusted during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setSlider(value);
    // Typing not yet saved stays (it is saved over the new value): a change from elsewhere, another tab's, must not
    // wipe it. A value already refused (its error shown) gives way: the user has moved on (to Undo, say).
    if (draft === String(shown) || error !== null) {
      setDraft(String(value));
      setError(null);
    }
  }
  const commitText = () => {
    const read = readTherapyInput(field, draft);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    setError(null);
    // The field shows the value as stored ("0.50" reads 0.5): typing that differs only in how it is written is not pending.
    setDraft(String(read.value));
    if (read.value !== value) onCommit(read.value);
  };
  const commitSlider = () => {
    if (slider !== value) onCommit(slider);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (storyUndoInField(e, draft !== String(value))) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commitText();
    } else if (e.key === 'Escape') {
      setDraft(String(value));
      setError(null);
    }
  };
  return (
    <div className="limit-field">
      <label htmlFor={id}>{field.label}</label>
      <input
        type="range"
        aria-label={`${field.label} slider`}
        min={field.min}
        max={field.max}
        step={field.step}
        value={slider}
        onChange={(e) => {
          const v = Number(e.target.value);
          setSlider(v);
          setDraft(String(v));
        }}
        onPointerUp={commitSlider}
        onKeyUp={commitSlider}
        onBlur={commitSlider}
      />
      <input
        id={id}
        type="number"
        className="limit-number"
        inputMode="decimal"
        step={field.step}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commitText}
      />
      <span id={`${id}-help`} className="limit-help muted">
        {field.help}
        {!set && ' (default)'}
      </span>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
