import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import type { Selection } from './types';

/** What a list of edit ops can take out of a story, batches included. */
interface Removals {
  readonly events: Set<string>;
  readonly links: Set<string>;
  /** Whether the ops also add events or links (one removed may be back). */
  addsBack: boolean;
}

function removalsOf(ops: readonly EditOp[]): Removals {
  const r: Removals = { events: new Set(), links: new Set(), addsBack: false };
  const visit = (op: EditOp): void => {
    if (op.kind === 'batch') op.ops.forEach(visit);
    else if (op.kind === 'remove-event') r.events.add(op.eventId);
    else if (op.kind === 'remove-link') r.links.add(op.linkId);
    else if (op.kind === 'add-event' || op.kind === 'add-link') r.addsBack = true;
  };
  ops.forEach(visit);
  return r;
}

/**
 * The selection without the ids `story` no longer has, or null when it keeps them all.
 * Given the `ops` that made `story` from the story the selection was made in, only what they
 * can remove is looked up: an event goes only by its remove-event, a link by its remove-link
 * or with a removed event; most edits remove nothing, and an Undo of Add event drops the new
 * event by its id (a scan of 20,000 events for one selected id was 1-3 ms of each edit's task).
 * Without ops (the story replaced), every selected id is looked up.
 */
export function prunedSelection(sel: Pick<Selection, 'events' | 'links'>, story: Story, ops?: readonly EditOp[]): { events: string[]; links: string[] } | null {
  if (sel.events.length === 0 && sel.links.length === 0) return null;
  const gone = ops ? removalsOf(ops) : null;
  if (gone && gone.events.size === 0 && gone.links.size === 0) return null;
  // A few selected ids are looked up in place; sets of every id cost more than the edit at 20,000 events.
  const few = sel.events.length + sel.links.length <= 16;
  let eventIds: Set<string> | null = null;
  let linkIds: Set<string> | null = null;
  const hasEvent = (id: string): boolean => (few ? story.events.some((e) => e.id === id) : (eventIds ??= new Set(story.events.map((e) => e.id))).has(id));
  const hasLink = (id: string): boolean => (few ? story.links.some((l) => l.id === id) : (linkIds ??= new Set(story.links.map((l) => l.id))).has(id));
  const keepEvent = (id: string): boolean => {
    if (!gone) return hasEvent(id);
    return !gone.events.has(id) || (gone.addsBack && hasEvent(id));
  };
  const keepLink = (id: string): boolean => {
    if (!gone) return hasLink(id);
    if (!gone.links.has(id) && gone.events.size === 0) return true;
    if (gone.links.has(id) && !gone.addsBack) return false;
    return hasLink(id);
  };
  const events = sel.events.filter(keepEvent);
  const links = sel.links.filter(keepLink);
  return events.length !== sel.events.length || links.length !== sel.links.length ? { events, links } : null;
}
