import { EVENT_DEFAULTS, LINK_DEFAULTS } from '../model/defaults';
import type { CharacterId, DismissedEntry, Effect, EventId, LinkId, Note, StoryEvent, StoryLink } from '../model/story';
import type { EditOp, EventScalarField, EventScalarFields, LinkScalarField, LinkScalarFields } from './edit-op';
import type { OpOf } from './edit-support';

/**
 * One place that writes edit operations and new events and links: the loader's defaults,
 * the resolution generators, the state commands and the tests all build through here, so
 * a change to an op's shape or to a format default is made once.
 */

/** The fields an event must be given; the rest take the format's defaults. */
export type EventDraft = Pick<StoryEvent, 'id' | 'title' | 'scale' | 'time'> & Partial<StoryEvent>;

/** A new event with the format's defaults for everything not given (fresh lists and maps each time). */
export function newEvent(draft: EventDraft): StoryEvent {
  return { duration: EVENT_DEFAULTS.duration, participants: [], themes: {}, intensity: EVENT_DEFAULTS.intensity, tags: [], effects: {}, ...draft };
}

/** The fields a link must be given; the rest take the format's defaults. */
export type LinkDraft = Pick<StoryLink, 'from' | 'to'> & Partial<StoryLink>;

/** The id a link gets when none is given: `from->to`. */
export function defaultLinkId(from: EventId, to: EventId): LinkId {
  return `${from}->${to}`;
}

/** A new link with the format's defaults: id `from->to`, strength 0.5, kind `causes`. */
export function newLink(draft: LinkDraft): StoryLink {
  return {
    id: draft.id ?? defaultLinkId(draft.from, draft.to),
    from: draft.from,
    to: draft.to,
    strength: draft.strength ?? LINK_DEFAULTS.strength,
    kind: draft.kind ?? LINK_DEFAULTS.kind,
  };
}

/** `index` only when given: an op with `index: undefined` would not round-trip through JSON the same. */
function at<T extends object>(op: T, index: number | undefined): T & { readonly index?: number } {
  return index === undefined ? op : { ...op, index };
}

/** Builders of every edit operation, named after what they do. */
export const ops = {
  setStoryTitle: (title: string): OpOf<'set-story-title'> => ({ kind: 'set-story-title', title }),
  setEventField: <K extends EventScalarField>(eventId: EventId, field: K, value: EventScalarFields[K]): EditOp =>
    ({ kind: 'set-event-field', eventId, field, value }) as EditOp,
  addEvent: (event: StoryEvent, index?: number): OpOf<'add-event'> => at({ kind: 'add-event' as const, event }, index),
  removeEvent: (eventId: EventId): OpOf<'remove-event'> => ({ kind: 'remove-event', eventId }),
  setLinkField: <K extends LinkScalarField>(linkId: LinkId, field: K, value: LinkScalarFields[K]): EditOp =>
    ({ kind: 'set-link-field', linkId, field, value }) as EditOp,
  addLink: (link: StoryLink, index?: number): OpOf<'add-link'> => at({ kind: 'add-link' as const, link }, index),
  removeLink: (linkId: LinkId): OpOf<'remove-link'> => ({ kind: 'remove-link', linkId }),
  addParticipant: (eventId: EventId, character: CharacterId, index?: number): OpOf<'add-participant'> =>
    at({ kind: 'add-participant' as const, eventId, character }, index),
  removeParticipant: (eventId: EventId, character: CharacterId): OpOf<'remove-participant'> => ({ kind: 'remove-participant', eventId, character }),
  addTag: (eventId: EventId, tag: string, index?: number): OpOf<'add-tag'> => at({ kind: 'add-tag' as const, eventId, tag }, index),
  removeTag: (eventId: EventId, tag: string): OpOf<'remove-tag'> => ({ kind: 'remove-tag', eventId, tag }),
  setTheme: (eventId: EventId, theme: string, intensity: number | null): OpOf<'set-theme'> => ({ kind: 'set-theme', eventId, theme, intensity }),
  setEffect: (eventId: EventId, character: CharacterId, effect: Effect | null): OpOf<'set-effect'> => ({ kind: 'set-effect', eventId, character, effect }),
  dismiss: (entry: DismissedEntry): OpOf<'set-dismissed'> => ({ kind: 'set-dismissed', conflictId: entry.id, entry }),
  restore: (conflictId: string): OpOf<'set-dismissed'> => ({ kind: 'set-dismissed', conflictId, entry: null }),
  setNote: (note: Note): OpOf<'set-note'> => ({ kind: 'set-note', noteId: note.id, note }),
  deleteNote: (noteId: string): OpOf<'set-note'> => ({ kind: 'set-note', noteId, note: null }),
  batch: (list: readonly EditOp[]): OpOf<'batch'> => ({ kind: 'batch', ops: list }),
} as const;
