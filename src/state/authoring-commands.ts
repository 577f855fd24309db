import type { EditOp } from '../core/edits/edit-op';
import { newEvent, newLink, ops } from '../core/edits/ops';
import type { StoryEvent, StoryLink } from '../core/model/story';
import { edit } from './document-commands';
import { newEventId, newLinkId } from './ids';
import { select } from './selection-commands';
import type { Studio } from './studio-context';

/**
 * Commands that write the story's events and links, named for what they do to the
 * story (the core's `ops.addEvent` / `ops.addLink` build the operations they apply).
 */

/**
 * "New event", or "New event 2", 3... when that is taken: events added one after another can be
 * told apart in the lists, the link pickers and the conflict messages.
 */
export function freshTitle(events: readonly StoryEvent[]): string {
  const base = 'New event';
  const taken = new Set<number>();
  for (const e of events) {
    if (!e.title.startsWith(base)) continue;
    if (e.title === base) taken.add(1);
    else if (/^ [1-9]\d*$/.test(e.title.slice(base.length))) taken.add(Number(e.title.slice(base.length + 1)));
  }
  let n = 1;
  while (taken.has(n)) n++;
  return n === 1 ? base : `${base} ${n}`;
}

/**
 * Inserts a new event (the format's defaults; finest scale, just after the latest event,
 * titled "New event" (numbered when taken) unless `fields` say otherwise) and selects it. Returns its id, or
 * null when the edit failed.
 */
export function insertEvent(s: Studio, fields: Partial<StoryEvent> = {}): string | null {
  const { story } = s.document.getState();
  // After the latest event unless the caller places it (a pass over every event otherwise).
  const time = fields.time ?? (story.events.length === 0 ? 0 : story.events.reduce((t, e) => Math.max(t, e.time), -Infinity) + 1);
  const event = newEvent({
    id: newEventId(story),
    title: freshTitle(story.events),
    scale: story.scales[0]?.id ?? 'scene',
    ...fields,
    time,
  });
  if (!edit(s, ops.addEvent(event))) return null;
  select(s, { events: [event.id], links: [], conflictId: null });
  return event.id;
}

/**
 * Links two events, cause to effect (the format's defaults: strength 0.5, "causes"; an
 * id of its own when `from->to` is taken), and selects the link. Returns its id, or null
 * when the edit failed.
 */
export function linkEvents(s: Studio, from: string, to: string, fields: Partial<Omit<StoryLink, 'from' | 'to'>> = {}): string | null {
  const { story } = s.document.getState();
  const link = newLink({ id: newLinkId(story, from, to), ...fields, from, to });
  if (!edit(s, ops.addLink(link))) return null;
  select(s, { events: [], links: [link.id], conflictId: null });
  return link.id;
}

/** Removes the selected events (with their links) and links from the story as one undoable step. */
export function removeSelection(s: Studio): boolean {
  const { events, links } = s.selection.getState();
  if (events.length === 0 && links.length === 0) return false;
  const removed = new Set(events);
  const { story } = s.document.getState();
  // Links of removed events go with them; removing them first as well would fail on the second removal.
  const byId = new Map(links.length > 0 ? story.links.map((l) => [l.id, l]) : []);
  const linkOps: EditOp[] = links
    .filter((id) => {
      const l = byId.get(id);
      return l !== undefined && !removed.has(l.from) && !removed.has(l.to);
    })
    .map((linkId) => ops.removeLink(linkId));
  const eventOps: EditOp[] = events.map((eventId) => ops.removeEvent(eventId));
  const all = [...linkOps, ...eventOps];
  // Named by what the user chose (a link that goes with its event was still chosen), not by the ops.
  const chosen = events.length + links.length;
  const label = chosen === 1 ? undefined : `delete ${chosen} items`;
  const ok = edit(s, all, label);
  if (ok) select(s, { events: [], links: [], conflictId: null });
  return ok;
}
