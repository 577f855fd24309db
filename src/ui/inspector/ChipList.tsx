import { memo, useId, useState } from 'react';

interface Props {
  /** Visible name of the list, e.g. "Participants". */
  readonly label: string;
  /** Singular noun for button names, e.g. "participant". */
  readonly noun: string;
  readonly items: readonly string[];
  /** Suggestions for the add field. */
  readonly suggestions?: readonly string[];
  readonly onAdd: (value: string) => void;
  readonly onRemove: (value: string) => void;
  /** What a person reads for an item (a character's name for its id); the item itself by default. */
  readonly nameOf?: (value: string) => string;
}

/** A list of short strings (participants, tags) shown as chips, each removable, with a field to add one. Memoised: the suggestions can be hundreds of options. */
export const ChipList = memo(function ChipList({ label, noun, items, suggestions, onAdd, onRemove, nameOf = (v) => v }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (!v || items.includes(v)) return;
    onAdd(v);
    setDraft('');
  };
  return (
    <fieldset className="field chips-field">
      <legend>{label}</legend>
      <ul className="chips">
        {items.length === 0 && <li className="muted">none</li>}
        {items.map((item) => (
          <li key={item} className="chip" title={nameOf(item) === item ? undefined : item}>
            {nameOf(item)}
            <button type="button" className="chip-remove" aria-label={`Remove ${noun} ${nameOf(item)}`} onClick={() => onRemove(item)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <input
          type="text"
          aria-label={`New ${noun}`}
          list={suggestions ? `${id}-list` : undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        {suggestions && (
          <datalist id={`${id}-list`}>
            {suggestions.map((s) => (
              <option key={s} value={s}>
                {nameOf(s) === s ? undefined : nameOf(s)}
              </option>
            ))}
          </datalist>
        )}
        <button type="button" className="small" onClick={add} disabled={!draft.trim()}>
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
});
