import { memo, useId, useMemo, useState } from 'react';
import { LazyDatalist } from '../common/LazyDatalist';
import { storyUndoInField } from '../keyboard/field-undo';

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

/**
 * A list of short strings (participants, tags) shown as chips, each removable, with a field to
 * add one. Memoised, and its suggestions are in the page only while the field has focus: they
 * can be every character of the story (2,000 in a dense 20,000-event one), made again each
 * time another event is selected.
 */
export const ChipList = memo(function ChipList({ label, noun, items, suggestions, onAdd, onRemove, nameOf = (v) => v }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [focused, setFocused] = useState(false);
  const entries = useMemo(() => (suggestions ?? []).map((s) => ({ key: s, value: s, ...(nameOf(s) === s ? {} : { hint: nameOf(s) }) })), [suggestions, nameOf]);
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
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            // Nothing typed yet: Ctrl+Z is the story's (the chip just added goes again).
            if (storyUndoInField(e, draft !== '')) return;
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        {suggestions && <LazyDatalist id={`${id}-list`} active={focused} entries={entries} />}
        <button type="button" className="small" onClick={add} disabled={!draft.trim()}>
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
});
