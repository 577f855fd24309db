import type { EditOp } from '../core/edits/edit-op';
import type { StoryEvent, StoryLink } from '../core/model/story';
import { edit } from './document-commands';
import { newEventId, newLinkId } from './ids';
import type { Studio } from './studio-context';
import { select } from './selection-commands';

export { newEventId, newLinkId };

/**
 * Adds an event (defaults: finest scale, just after the latest event, no
 * participants) and selects it. Returns its id, or null when the edit failed.
 */
export function addEvent(s: Studio, fields: Partial<StoryEvent> = {}): string | null {
  const { story } = s.document.getState();
  const latest = story.events.reduce((t, e) => Math.max(t, e.time), -Infinity);
  const event: StoryEvent = {
    id: fields.id ?? newEventId(story),
    title: 'New event',
    scale: story.scales[0]?.id ?? 'scene',
    time: Number.isFinite(latest) ? latest + 1 : 0,
    duration: 0,
    participants: [],
    themes: {},
    intensity: 0,
    tags: [],
    effects: {},
    ...fields,
  };
  if (!edit(s, { kind: 'add-event', event })) return null;
  select(s, { events: [event.id], links: [], conflictId: null });
  return event.id;
}

/** Adds a link from -> to (strength 0.5, "causes") and selects it. Returns its id, or null when the edit failed. */
export function addLink(s: Studio, from: string, to: string, fields: Partial<Omit<StoryLink, 'from' | 'to'>> = {}): string | null {
  const { story } = s.document.getState();
  const link: StoryLink = { id: fields.id ?? newLinkId(story, from, to), from, to, strength: 0.5, kind: 'causes', ...fields };
  if (!edit(s, { kind: 'add-link', link })) return null;
  select(s, { events: [], links: [link.id], conflictId: null });
  return link.id;
}

/** Deletes the selected events (with their links) and links as one undoable step. */
export function deleteSelected(s: Studio): boolean {
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
    .map((linkId) => ({ kind: 'remove-link', linkId }));
  const eventOps: EditOp[] = events.map((eventId) => ({ kind: 'remove-event', eventId }));
  const ops = [...linkOps, ...eventOps];
  const count = ops.length;
  const label = count === 1 ? undefined : `delete ${count} items`;
  const ok = edit(s, ops, label);
  if (ok) select(s, { events: [], links: [], conflictId: null });
  return ok;
}
