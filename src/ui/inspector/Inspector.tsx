import { memo, useDeferredValue } from 'react';
import { insertEvent, getDocument, select, useDocument, useSelection, useShallow } from '../../state';
import { findEvent } from '../common/event-lookup';
import { EventInspector } from './EventInspector';
import { LinkInspector } from './LinkInspector';
import { plural } from '../words/plural';
import { requestTitleFocus } from './title-focus';
import { deleteFromInspector } from './delete-from-inspector';

/** Adds an event next to the selected one (same scale, a little later), or at the end of the finest scale. */
function addEventNearSelection(selected: string | undefined): void {
  const { story } = getDocument();
  const near = selected ? findEvent(story.events, selected) : undefined;
  const id = insertEvent(near ? { scale: near.scale, time: near.time + 1 } : {});
  // Typing the title is the natural next step.
  if (id) requestTitleFocus(id);
}

/** "2 events and 1 link", "3 links": what a multiple selection holds, counted right. */
function selectionWords(events: number, links: number): string {
  const parts = [events > 0 ? plural(events, 'event') : '', links > 0 ? plural(links, 'link') : ''].filter(Boolean);
  return parts.join(' and ');
}

/** The fields of the selected event or link; with nothing selected, how to start. Memoised: it depends on the stores only, not on what re-renders around it. */
export const Inspector = memo(function Inspector() {
  const live = useSelection(useShallow((s) => ({ events: s.events, links: s.links })));
  // A newly selected event's fields (a hundred elements) mount in a transition after the click's
  // own render: at 20,000 events that click (Add event, a row, a dot) was a 55-75 ms task with them.
  // Meanwhile the fields of what was shown are disabled, so nothing is typed into the wrong event.
  const sel = useDeferredValue(live);
  const switching = sel !== live;
  // While switching, the story as that render had it: the memoised fields shown then skip re-rendering.
  const liveStory = useDocument((d) => d.story);
  const shownStory = useDeferredValue(liveStory);
  const story = switching ? shownStory : liveStory;
  const eventId = sel.events.length === 1 && sel.links.length === 0 ? sel.events[0] : undefined;
  const linkId = sel.links.length === 1 && sel.events.length === 0 ? sel.links[0] : undefined;
  const event = eventId ? findEvent(story.events, eventId) : undefined;
  const link = linkId ? story.links.find((l) => l.id === linkId) : undefined;
  const count = sel.events.length + sel.links.length;
  return (
    <section className="panel inspector" aria-label="Inspector">
      <div className="panel-head">
        <h2>Inspector</h2>
        <button type="button" className="small primary" onClick={() => addEventNearSelection(live.events[0])}>
          Add event
        </button>
      </div>
      <div className="panel-scroll" aria-busy={switching || undefined}>
        <fieldset className="inspector-content" disabled={switching}>
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
              <button type="button" className="danger" onClick={(e) => deleteFromInspector(e.currentTarget)}>
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
        </fieldset>
      </div>
    </section>
  );
});
