import type { Note } from '../core/model/story';
import type { NoteFilter } from '../core/review/notes';
import type { StarterProfile, TherapyLimits } from '../core/review/starter-profiles';
import { edit } from './document-commands';
import { AUTHOR_KEY, reviewStore } from './review-store';
import { documentStore } from './stores';

/** Opens or closes review mode (the `Review` toolbar button). */
export function toggleReview(open?: boolean): void {
  reviewStore.setState((s) => ({ open: open ?? !s.open }));
}

export function setNoteFilter(noteFilter: NoteFilter): void {
  reviewStore.setState({ noteFilter });
}

export function setArcCharacter(arcCharacter: string): void {
  reviewStore.setState({ arcCharacter });
}

/** Remembers the name put on new notes, also for the next session. */
export function setNoteAuthor(author: string): void {
  reviewStore.setState({ author });
  try {
    globalThis.localStorage?.setItem(AUTHOR_KEY, author);
  } catch {
    // Storage refused: remembered for this session only.
  }
}

/** Sets one numeric therapy limit: one undo step, analysis re-runs at once. False (and a notice) when refused. */
export function setTherapyLimit(field: keyof TherapyLimits, value: number, label: string): boolean {
  return edit({ kind: 'set-therapy', field, value }, `change ${label.toLowerCase()}`);
}

/** Sets the goals or the avoided themes as a whole: one undo step. */
export function setTherapyThemes(field: 'goals' | 'avoid', themes: readonly string[]): boolean {
  // An empty list goes back to the default (none), so "no goals" has one spelling in the file.
  return edit({ kind: 'set-therapy', field, value: themes.length === 0 ? undefined : [...themes] }, field === 'goals' ? 'change goals' : 'change avoided themes');
}

/** Sets all five limits of a starter profile as one undo step; goals and avoided themes stay. */
export function applyStarterProfile(profile: StarterProfile): boolean {
  const ops = (Object.keys(profile.limits) as (keyof TherapyLimits)[]).map((field) => ({
    kind: 'set-therapy' as const,
    field,
    value: profile.limits[field],
  }));
  return edit(ops, `apply the ${profile.name.toLowerCase()} starter profile`);
}

function newNoteId(): string {
  const used = new Set((documentStore.getState().story.notes ?? []).map((n) => n.id));
  let id = '';
  do id = `note-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  while (used.has(id));
  return id;
}

/** Adds a review note on an event (author remembered, dated now): one undo step. Returns the note's id, or null. */
export function addNote(eventId: string, text: string, author: string = reviewStore.getState().author): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const id = newNoteId();
  const note: Note = { id, text: trimmed, event: eventId, at: new Date().toISOString(), ...(author.trim() ? { author: author.trim() } : {}) };
  if (author.trim() !== reviewStore.getState().author) setNoteAuthor(author.trim());
  return edit({ kind: 'set-note', noteId: id, note }, 'add note') ? id : null;
}

/** Resolves or reopens a note: one undoable `set-note` edit. */
export function setNoteResolved(noteId: string, resolved: boolean): boolean {
  const note = (documentStore.getState().story.notes ?? []).find((n) => n.id === noteId);
  if (!note) return false;
  const { resolved: _was, ...rest } = note;
  return edit({ kind: 'set-note', noteId, note: resolved ? { ...rest, resolved: true } : rest }, resolved ? 'resolve note' : 'reopen note');
}

/** Deletes a note: one undo step. */
export function deleteNote(noteId: string): boolean {
  return edit({ kind: 'set-note', noteId, note: null }, 'delete note');
}
