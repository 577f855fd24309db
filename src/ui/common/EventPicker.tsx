import { useId, useMemo, useState } from 'react';
import { LazyDatalist } from './LazyDatalist';
import { findEvent } from './event-lookup';
import { choiceError, eventSuggestions, resolveEvent } from './event-choice';
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
  const suggestions = useMemo(() => eventSuggestions(events), [events]);
  if (shown !== shownValue) {
    setShown(shownValue);
    setDraft(shownValue);
  }
  const commit = () => {
    if (draft.trim() === '' || draft === shownValue) {
      setError(null);
      return;
    }
    const choice = resolveEvent(events, draft);
    if (choice.kind !== 'one') {
      setError(choiceError(choice, draft));
      return;
    }
    setError(null);
    onPick(choice.event.id);
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
