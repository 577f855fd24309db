import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { EditSpots } from './story-diff';

/**
 * The positions of the events and links that edit operations applied to the story of `ix`
 * can change, or undefined for operations that move positions or settings (removals,
 * insertions before the end, scales, thresholds...), after which the story is compared whole.
 * `linkIndex` gives a link's position by id. With `reorderLinks`, link removals and insertions
 * are allowed and say so (`linksReordered`): the caller then follows the link list itself.
 */
export function editSpots(ix: StoryIndex, ops: readonly EditOp[], linkIndex: (id: string) => number | undefined, reorderLinks = false): EditSpots | undefined {
  const events: number[] = [];
  const links: number[] = [];
  let linksReordered = false;
  const event = (id: string): boolean => {
    const i = ix.eventIndex.get(id);
    // An event the story did not have is one an earlier op of the same edit appended.
    if (i !== undefined) events.push(i);
    return true;
  };
  const link = (id: string): boolean => {
    const j = linkIndex(id);
    if (j !== undefined) links.push(j);
    return true;
  };
  const visit = (op: EditOp): boolean => {
    switch (op.kind) {
      case 'set-event-field':
      case 'add-participant':
      case 'remove-participant':
      case 'add-tag':
      case 'remove-tag':
      case 'set-theme':
      case 'set-effect':
        return event(op.eventId);
      case 'set-link-field':
        return link(op.linkId);
      case 'add-event':
        // Appended at the end (diffStories sees them by length); inserted elsewhere, positions move.
        return op.index === undefined;
      case 'add-link':
        if (op.index === undefined) return true;
        linksReordered = true;
        return reorderLinks;
      case 'remove-link':
        linksReordered = true;
        return reorderLinks;
      case 'set-story-title':
      case 'set-dismissed':
      case 'set-note':
      case 'set-extra':
        return true;
      case 'batch':
        return op.ops.every(visit);
      default:
        return false;
    }
  };
  if (!ops.every(visit)) return undefined;
  return linksReordered ? { events, links, linksReordered } : { events, links };
}
