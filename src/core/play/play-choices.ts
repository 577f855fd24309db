import type { StoryIndex } from '../analysis/story-index';
import type { EventId, LinkId } from '../model/story';

/** One thing the player can do next: enter `target`, over `linkId` (null for a start event). */
export interface PlayChoice {
  readonly target: EventId;
  readonly title: string;
  readonly scale: string;
  /** The link's strength; null for a start event (no link leads there). */
  readonly strength: number | null;
  readonly linkId: LinkId | null;
}

function choiceOf(ix: StoryIndex, e: number, link: number | null): PlayChoice {
  const event = ix.events[e]!;
  return {
    target: event.id,
    title: event.title,
    scale: event.scale,
    strength: link === null ? null : ix.links[link]!.strength,
    linkId: link === null ? null : ix.links[link]!.id,
  };
}

/** The start events (no incoming link), earliest first: timeline order, ties in file order. */
export function startChoices(ix: StoryIndex): PlayChoice[] {
  const out: PlayChoice[] = [];
  for (let p = 0; p < ix.n; p++) {
    const e = ix.timeline[p]!;
    if (ix.inStart[e + 1]! === ix.inStart[e]!) out.push(choiceOf(ix, e, null));
  }
  return out;
}

/** The outgoing links of an event as choices, in story order. Throws when no event has `eventId`. */
export function choicesFrom(ix: StoryIndex, eventId: EventId): PlayChoice[] {
  const e = ix.eventIndex.get(eventId);
  if (e === undefined) throw new Error(`No event with id "${eventId}"`);
  const out: PlayChoice[] = [];
  for (let k = ix.outStart[e]!; k < ix.outStart[e + 1]!; k++) {
    const j = ix.outLinks[k]!;
    out.push(choiceOf(ix, ix.linkTo[j]!, j));
  }
  return out;
}
