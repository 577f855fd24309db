import type {
  Character,
  CharacterId,
  DismissedEntry,
  Effect,
  EventId,
  LinkId,
  LinkKind,
  Note,
  Scale,
  StoryEvent,
  StoryLink,
  TherapySettings,
  Thresholds,
} from '../model/story';

/** Event fields that are set as a whole value. */
export interface EventScalarFields {
  title: string;
  scale: string;
  time: number;
  duration: number;
  location: string | undefined;
  intensity: number;
  notes: string | undefined;
}
export type EventScalarField = keyof EventScalarFields;

export interface LinkScalarFields {
  from: EventId;
  to: EventId;
  strength: number;
  kind: LinkKind;
}
export type LinkScalarField = keyof LinkScalarFields;

export type SetEventField = {
  [K in EventScalarField]: { readonly kind: 'set-event-field'; readonly eventId: EventId; readonly field: K; readonly value: EventScalarFields[K] };
}[EventScalarField];

export type SetLinkField = {
  [K in LinkScalarField]: { readonly kind: 'set-link-field'; readonly linkId: LinkId; readonly field: K; readonly value: LinkScalarFields[K] };
}[LinkScalarField];

/** Sets one therapy setting; `undefined` removes it, and removing the last one removes the `therapy` block. */
export type SetTherapy = {
  [K in keyof TherapySettings]: { readonly kind: 'set-therapy'; readonly field: K; readonly value: TherapySettings[K] | undefined };
}[keyof TherapySettings];

/**
 * Every change to a story is one of these. Undo, autosave, resolution patches and
 * the worker protocol all speak this language. Applying one yields the next story
 * and the operation that undoes it (see apply-edit.ts).
 */
export type EditOp =
  | { readonly kind: 'set-story-title'; readonly title: string }
  | SetEventField
  | { readonly kind: 'add-event'; readonly event: StoryEvent; /** position in the event list; end when absent */ readonly index?: number }
  /** Removes the event and every link that touches it (its inverse restores both). */
  | { readonly kind: 'remove-event'; readonly eventId: EventId }
  | SetLinkField
  | { readonly kind: 'add-link'; readonly link: StoryLink; readonly index?: number }
  | { readonly kind: 'remove-link'; readonly linkId: LinkId }
  | { readonly kind: 'add-participant'; readonly eventId: EventId; readonly character: CharacterId; readonly index?: number }
  | { readonly kind: 'remove-participant'; readonly eventId: EventId; readonly character: CharacterId }
  | { readonly kind: 'add-tag'; readonly eventId: EventId; readonly tag: string; readonly index?: number }
  | { readonly kind: 'remove-tag'; readonly eventId: EventId; readonly tag: string }
  /** Sets a theme's intensity; `null` removes the theme. */
  | { readonly kind: 'set-theme'; readonly eventId: EventId; readonly theme: string; readonly intensity: number | null }
  /** Sets a character's effect in an event; `null` removes it. */
  | { readonly kind: 'set-effect'; readonly eventId: EventId; readonly character: CharacterId; readonly effect: Effect | null }
  | { readonly kind: 'set-time-unit'; readonly timeUnit: string }
  /** The whole scale list (add, remove, reorder, relabel, change windows); scales in use cannot go. */
  | { readonly kind: 'set-scales'; readonly scales: readonly Scale[] }
  /** The declared characters; `undefined` removes the list (all characters implicit). */
  | { readonly kind: 'set-characters'; readonly characters: readonly Character[] | undefined }
  /** Overrides one threshold; `undefined` removes the override (and the block when it was the last). */
  | { readonly kind: 'set-threshold'; readonly field: keyof Thresholds; readonly value: number | undefined }
  | SetTherapy
  /** Dismisses a conflict (`entry.id` is `conflictId`) or, for `null`, restores it. */
  | { readonly kind: 'set-dismissed'; readonly conflictId: string; readonly entry: DismissedEntry | null }
  /** Adds or replaces a review note (`note.id` is `noteId`) or, for `null`, deletes it. */
  | { readonly kind: 'set-note'; readonly noteId: string; readonly note: Note | null }
  /** App data under the story's `extra` key (layout, view settings); `undefined` removes the key. */
  | { readonly kind: 'set-extra'; readonly key: string; readonly value: unknown }
  /** Several operations applied in order as one step. */
  | { readonly kind: 'batch'; readonly ops: readonly EditOp[] };

export type EditKind = EditOp['kind'];
