import { useId, useMemo, useState } from 'react';
import { LazyDatalist } from './LazyDatalist';
import { findEvent } from './event-lookup';
import type { StoryEvent } from '../../core/model/story';

interface Props {
  readonly label: string;
  readonly events: readonly StoryEvent[];
  /** The chosen event's id ('' for none). */
  readonly value: string;
  /** Called with the id of the event the text names. */
  readonly onPick: (eventId: string) => void;
  readonly placeholder?: string;
  /** Leave the field empty after a pick (an "add" field rather than a value). */
  readonly clearAfterPick?: boolean;
}

/** The event a text names: its exact title (first in story order) or its id. */
export function resolveEvent(events: readonly StoryEvent[], text: string): StoryEvent | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return events.find((e) => e.title === t) ?? events.find((e) => e.id === t) ?? events.find((e) => e.title.toLowerCase() === t.toLowerCase());
}

/**
 * Chooses an event by typing its title, with suggestions. A text field with a datalist
 * rather than a select, so event titles are not repeated as options all over the page.
 */
export function EventPicker({ label, events, value, onPick, placeholder, clearAfterPick }: Props) {
  const id = useId();
  const current = findEvent(events, value);
  const shownValue = current ? current.title || current.id : '';
  const [draft, setDraft] = useState(shownValue);
  const [shown, setShown] = useState(shownValue);
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const suggestions = useMemo(() => events.map((e) => ({ key: e.id, value: e.title || e.id, hint: `t=${e.time}, ${e.scale}` })), [events]);
  if (shown !== shownValue) {
    setShown(shownValue);
    setDraft(shownValue);
  }
  const commit = () => {
    if (draft.trim() === '' || draft === shownValue) {
      setError(null);
      return;
    }
    const e = resolveEvent(events, draft);
    if (!e) {
      setError(`No event is called “${draft.trim()}”.`);
      return;
    }
    setError(null);
    onPick(e.id);
    if (clearAfterPick) setDraft('');
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-events`}
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (!clearAfterPick) commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setDraft(shownValue);
            setError(null);
          }
        }}
      />
      <LazyDatalist id={`${id}-events`} active={focused} entries={suggestions} />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
