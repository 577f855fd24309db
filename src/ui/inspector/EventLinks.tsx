import { useId, useMemo, useState } from 'react';
import type { Story, StoryEvent, StoryLink } from '../../core/model/story';
import { linkEvents, select } from '../../state';
import { choiceError, eventSuggestions, resolveEvent } from '../common/event-choice';
import { findEvent } from '../common/event-lookup';
import { LazyDatalist } from '../common/LazyDatalist';
import { startLinkFrom, useLinkMode } from '../graph/link-mode';

interface Props {
  readonly story: Story;
  readonly event: StoryEvent;
}

/** The links into and out of event `id`, in file order: one pass (a selected event's Inspector mounts with it). */
function linksOf(links: readonly StoryLink[], id: string): { incoming: StoryLink[]; outgoing: StoryLink[] } {
  const incoming: StoryLink[] = [];
  const outgoing: StoryLink[] = [];
  for (const l of links) {
    if (l.from === id) outgoing.push(l);
    if (l.to === id) incoming.push(l);
  }
  return { incoming, outgoing };
}

/** The event's causes and effects, each a button that selects the link; and ways to add a link. */
export function EventLinks({ story, event }: Props) {
  const id = useId();
  // Per links array: an edit of an event's fields keeps the links (a pass over 60,000 links at 20,000 events otherwise).
  const { incoming, outgoing } = useMemo(() => linksOf(story.links, event.id), [story.links, event.id]);
  // Titles of the linked events only, through the events' shared id index (a pass over 20,000 events per edit otherwise).
  const titles = useMemo(() => linkedTitles(story.events, incoming, outgoing), [story.events, incoming, outgoing]);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  // The other events, by time, are wanted only while "Link to" has focus (suggestions) or when adding.
  const [everFocused, setEverFocused] = useState(false);
  const others = useMemo(
    () => (everFocused ? story.events.filter((e) => e.id !== event.id).sort((a, b) => a.time - b.time) : []),
    [everFocused, story.events, event.id],
  );
  const suggestions = useMemo(() => eventSuggestions(others), [others]);
  const drawing = useLinkMode((s) => s.source === event.id);
  const add = () => {
    const choice = resolveEvent(everFocused ? others : story.events.filter((e) => e.id !== event.id), target);
    if (choice.kind !== 'one') {
      setError(choiceError(choice, target, true));
      return;
    }
    if (linkEvents(event.id, choice.event.id)) setTarget('');
  };
  return (
    <fieldset className="field">
      <legend>Causal links</legend>
      <ul className="link-list">
        {incoming.map((l) => (
          <li key={l.id}>
            <button type="button" className="link-button" onClick={() => select({ events: [], links: [l.id] })}>
              ← {titles.get(l.from)} <span className="muted">({l.kind}, {l.strength})</span>
            </button>
          </li>
        ))}
        {outgoing.map((l) => (
          <li key={l.id}>
            <button type="button" className="link-button" onClick={() => select({ events: [], links: [l.id] })}>
              → {titles.get(l.to)} <span className="muted">({l.kind}, {l.strength})</span>
            </button>
          </li>
        ))}
        {incoming.length + outgoing.length === 0 && <li className="muted">no links</li>}
      </ul>
      <label htmlFor={`${id}-to`}>Link to</label>
      <div className="inline-add">
        <input
          id={`${id}-to`}
          type="text"
          list={`${id}-events`}
          autoComplete="off"
          placeholder="Title of the effect"
          value={target}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={() => {
            setFocused(true);
            setEverFocused(true);
          }}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            setTarget(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <LazyDatalist id={`${id}-events`} active={focused} entries={suggestions} />
        <button type="button" className="small" disabled={!target.trim()} onClick={add}>
          Add link
        </button>
      </div>
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      <button type="button" className="small" aria-pressed={drawing} onClick={() => startLinkFrom(event.id)}>
        Draw link on canvas
      </button>
      {drawing && <p className="field-hint strong">Now click the effect on the canvas (Escape cancels).</p>}
      <p className="field-hint">Or hold Shift and drag from one event to another on the canvas.</p>
    </fieldset>
  );
}

/** Title (or id) of each event at the other end of the given links. */
function linkedTitles(events: readonly StoryEvent[], incoming: readonly StoryLink[], outgoing: readonly StoryLink[]): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  for (const id of [...incoming.map((l) => l.from), ...outgoing.map((l) => l.to)]) {
    const e = findEvent(events, id);
    if (e) titles.set(id, e.title || id);
  }
  return titles;
}
