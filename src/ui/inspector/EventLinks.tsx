import { useId, useMemo, useState } from 'react';
import type { Story, StoryEvent } from '../../core/model/story';
import { linkEvents, select } from '../../state';
import { resolveEvent } from '../common/EventPicker';
import { LazyDatalist } from '../common/LazyDatalist';
import { startLinkFrom, useLinkMode } from '../graph/link-mode';

interface Props {
  readonly story: Story;
  readonly event: StoryEvent;
}

/** The event's causes and effects, each a button that selects the link; and ways to add a link. */
export function EventLinks({ story, event }: Props) {
  const id = useId();
  const titles = useMemo(() => new Map(story.events.map((e) => [e.id, e.title || e.id])), [story.events]);
  const outgoing = story.links.filter((l) => l.from === event.id);
  const incoming = story.links.filter((l) => l.to === event.id);
  const others = useMemo(
    () => story.events.filter((e) => e.id !== event.id).sort((a, b) => a.time - b.time),
    [story.events, event.id],
  );
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const suggestions = useMemo(() => others.map((e) => ({ key: e.id, value: e.title || e.id, hint: `t=${e.time}, ${e.scale}` })), [others]);
  const drawing = useLinkMode((s) => s.source === event.id);
  const add = () => {
    const to = resolveEvent(others, target);
    if (!to) {
      setError(`No other event is called “${target.trim()}”.`);
      return;
    }
    if (linkEvents(event.id, to.id)) setTarget('');
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
          onFocus={() => setFocused(true)}
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
