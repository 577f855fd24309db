import type { EditOp } from '../edits/edit-op';
import { unreachable } from '../edits/edit-support';
import { linkPositions } from '../model/link-positions';
import type { Story } from '../model/story';

/**
 * What a patch touches, as keys `e:<event id>` and `l:<link id>`; `global` when it
 * touches the story as a whole (title, extra), which overlaps every other patch.
 * fixAll applies patches together only when their footprints are disjoint.
 */
export interface Footprint {
  readonly keys: ReadonlySet<string>;
  readonly global: boolean;
}

/** The ends of the story's links by id, and links touching each event. */
export interface LinkLookup {
  endpoints(linkId: string): readonly [string, string] | undefined;
  readonly incident: ReadonlyMap<string, readonly string[]>;
}

/**
 * Looks the story's links up for footprints: by id through the link list's shared positions
 * (link-positions.ts, which applying the pass's patches builds too), the links at each event
 * (for removed events only) on first need.
 */
export function linkLookup(story: Story): LinkLookup {
  const links = story.links;
  let incident: Map<string, string[]> | undefined;
  return {
    endpoints(linkId) {
      const i = linkPositions(links).get(linkId);
      if (i === undefined) return undefined;
      const l = links[i]!;
      return [l.from, l.to];
    },
    get incident(): ReadonlyMap<string, readonly string[]> {
      if (incident === undefined) {
        const built = new Map<string, string[]>();
        const touch = (eventId: string, linkId: string): void => {
          const list = built.get(eventId);
          if (list) list.push(linkId);
          else built.set(eventId, [linkId]);
        };
        for (const l of story.links) {
          touch(l.from, l.id);
          touch(l.to, l.id);
        }
        incident = built;
      }
      return incident;
    },
  };
}

/**
 * The events and links a patch reads or writes. A link op counts its endpoints too,
 * and removing an event counts the links that go with it, so two patches with
 * disjoint footprints never edit the same thing nor each other's causal neighbourhood.
 */
export function patchFootprint(patch: readonly EditOp[], links: LinkLookup): Footprint {
  const keys = new Set<string>();
  let global = false;
  const event = (id: string): void => void keys.add(`e:${id}`);
  const link = (id: string): void => {
    keys.add(`l:${id}`);
    const ends = links.endpoints(id);
    if (ends) ends.forEach(event);
  };
  const visit = (op: EditOp): void => {
    switch (op.kind) {
      case 'set-story-title':
      case 'set-extra':
      case 'set-time-unit':
      case 'set-scales':
      case 'set-characters':
      case 'set-threshold':
      case 'set-therapy':
      case 'set-dismissed':
      case 'set-note':
        global = true;
        return;
      case 'set-event-field':
      case 'add-participant':
      case 'remove-participant':
      case 'add-tag':
      case 'remove-tag':
      case 'set-theme':
      case 'set-effect':
        event(op.eventId);
        return;
      case 'add-event':
        event(op.event.id);
        return;
      case 'remove-event':
        event(op.eventId);
        for (const id of links.incident.get(op.eventId) ?? []) link(id);
        return;
      case 'set-link-field':
        link(op.linkId);
        if (op.field === 'from' || op.field === 'to') event(op.value);
        return;
      case 'add-link':
        keys.add(`l:${op.link.id}`);
        event(op.link.from);
        event(op.link.to);
        return;
      case 'remove-link':
        link(op.linkId);
        return;
      case 'batch':
        op.ops.forEach(visit);
        return;
      default:
        return unreachable(op);
    }
  };
  patch.forEach(visit);
  return { keys, global };
}
