import { memo } from 'react';
import { insertEvent, removeSelection, getDocument, select, useDocument, useSelection, useShallow } from '../../state';
import { findEvent } from '../common/event-lookup';
import { EventInspector } from './EventInspector';
import { LinkInspector } from './LinkInspector';
import { plural } from '../words/plural';

/** Adds an event next to the selected one (same scale, a little later), or at the end of the finest scale. */
function addEventNearSelection(selected: string | undefined): void {
  const { story } = getDocument();
  const near = selected ? findEvent(story.events, selected) : undefined;
  const id = insertEvent(near ? { scale: near.scale, time: near.time + 1 } : {});
  if (id) {
    // Typing the title is the natural next step; the field exists after this render.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.inspector-body input[type="text"]')?.select());
  }
}

/** The fields of the selected event or link; with nothing selected, how to start. Memoised: it depends on the stores only, not on what re-renders around it. */
/** "2 events and 1 link", "3 links": what a multiple selection holds, counted right. */
function selectionWords(events: number, links: number): string {
  const parts = [events > 0 ? plural(events, 'event') : '', links > 0 ? plural(links, 'link') : ''].filter(Boolean);
  return parts.join(' and ');
}

export const Inspector = memo(function Inspector() {
  const sel = useSelection(useShallow((s) => ({ events: s.events, links: s.links })));
  const story = useDocument((d) => d.story);
  const eventId = sel.events.length === 1 && sel.links.length === 0 ? sel.events[0] : undefined;
  const linkId = sel.links.length === 1 && sel.events.length === 0 ? sel.links[0] : undefined;
  const event = eventId ? findEvent(story.events, eventId) : undefined;
  const link = linkId ? story.links.find((l) => l.id === linkId) : undefined;
  const count = sel.events.length + sel.links.length;
  return (
    <section className="panel inspector" aria-label="Inspector">
      <div className="panel-head">
        <h2>Inspector</h2>
        <button type="button" className="small primary" onClick={() => addEventNearSelection(sel.events[0])}>
          Add event
        </button>
      </div>
      <div className="panel-scroll">
        {event && <EventInspector story={story} event={event} />}
        {link && <LinkInspector story={story} link={link} />}
        {!event && !link && count > 1 && (
          <div className="inspector-body">
            <p>
              {selectionWords(sel.events.length, sel.links.length)} selected.
            </p>
            <ul className="selection-list">
              {sel.events.slice(0, 12).map((id) => (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => select({ events: [id], links: [] })}>
                    {findEvent(story.events, id)?.title ?? id}
                  </button>
                </li>
              ))}
              {sel.events.length > 12 && <li className="muted">and {sel.events.length - 12} more</li>}
            </ul>
            <button type="button" className="danger" onClick={() => removeSelection()}>
              Delete selected
            </button>
          </div>
        )}
        {count === 0 && (
          <div className="inspector-body muted">
            <p>Select an event or a link in the graph or the Events list to edit it here.</p>
            <p>
              Drag an event along its lane to change its time. Hold <kbd>Shift</kbd> and drag from one event to another to link them.
            </p>
          </div>
        )}
      </div>
    </section>
  );
});
