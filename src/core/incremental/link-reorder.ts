import type { Story } from '../model/story';
import type { EditOp } from '../edits/edit-op';
import type { RemovalHost } from './event-removal';
import type { ConflictChange } from './incremental-analysis';
import { patchLinkList } from './link-numbering';
import { indexWithoutLinks } from './removed-events';
import { insertedLinkAt, removedLinkAt, withLinkAt } from './single-link';
import { diffStories, type EditSpots } from './story-diff';
import { patchIndex } from './patch-index';

/**
 * An edit that removed links or inserted them before others: the events are followed as
 * usual, the links by their stable numbers. Undefined when only a full analysis will do.
 */
export function reorderLinks(host: RemovalHost, next: Story, spots: EditSpots, ops: readonly EditOp[], most: number): ConflictChange | undefined {
  const old = host.index();
  if (old.m !== old.story.links.length) return undefined;
  // The events' changes, as if the links had stayed.
  const diff = diffStories(old.story, { ...next, links: old.story.links }, most, { events: spots.events, links: [] });
  const eventsPatched = diff && patchIndex(old, { ...next, links: old.story.links }, diff);
  if (!diff || !eventsPatched) return undefined;
  const oldSlots = host.links().slotOf;
  const j = removedLinkAt(old.story.links, next.links, ops, (id) => host.links().position(id));
  if (j !== undefined) {
    // One link deleted (the studio's Delete and the undo of Add link): what renumber and
    // patchLinkList below would find, without walking the link list to find it.
    host.links().removeAt([j], next.links);
    const patched = indexWithoutLinks(eventsPatched, next, [j], []).ix;
    host.events().append(patched.n);
    return host.apply(diff, patched, { entered: [], left: [j], oldSlots });
  }
  const p = insertedLinkAt(old.story.links, next.links, ops);
  if (p !== undefined) {
    // One link put back among the others (the undo of Delete): likewise.
    const patched = withLinkAt(eventsPatched, next, p);
    if (patched === undefined) return undefined;
    host.links().insertAt(p, next.links);
    host.events().append(patched.n);
    return host.apply(diff, patched, { entered: [p], left: [], oldSlots });
  }
  const renumbered = host.links().renumber(next.links);
  if (renumbered === undefined) return undefined;
  const patched = patchLinkList(eventsPatched, next, renumbered);
  if (patched === undefined) return undefined;
  host.events().append(patched.n);
  const entered: number[] = [];
  const left = [...renumbered.removed];
  for (const k of renumbered.changed) {
    const o = renumbered.oldOf[k]!;
    if (o < 0) entered.push(k);
    else if (patched.linkFrom[k] !== old.linkFrom[o] || patched.linkTo[k] !== old.linkTo[o]) {
      entered.push(k);
      left.push(o);
    }
  }
  if (entered.length + left.length + diff.changedEvents.length > most) return undefined;
  return host.apply(diff, patched, { entered, left, oldSlots });
}
