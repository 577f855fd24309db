import type { Note } from '../core/model/story';
import type { NoteFilter } from '../core/review/notes';
import type { StarterProfile, TherapyLimits } from '../core/review/starter-profiles';
import { ops } from '../core/edits/ops';
import { edit } from './document-commands';
import { newNoteId } from './ids';
import { AUTHOR_KEY } from './review-store';
import type { Studio } from './studio-context';

/** Opens or closes review mode (the `Review` toolbar button). */
export function toggleReview(s: Studio, open?: boolean): void {
  s.review.setState((r) => ({ open: open ?? !r.open }));
}

export function setNoteFilter(s: Studio, noteFilter: NoteFilter): void {
  s.review.setState({ noteFilter });
}

export function setArcCharacter(s: Studio, arcCharacter: string): void {
  s.review.setState({ arcCharacter });
}

/** Remembers the name put on new notes, also for the next session. */
export function setNoteAuthor(s: Studio, author: string): void {
  s.review.setState({ author });
  try {
    globalThis.localStorage?.setItem(AUTHOR_KEY, author);
  } catch {
    // Storage refused: remembered for this session only.
  }
}

/** Sets one numeric therapy limit: one undo step, analysis re-runs at once. False (and a notice) when refused. */
export function setTherapyLimit(s: Studio, field: keyof TherapyLimits, value: number, label: string): boolean {
  return edit(s, { kind: 'set-therapy', field, value }, `change ${label.toLowerCase()}`);
}

/** Sets the goals or the avoided themes as a whole: one undo step. */
export function setTherapyThemes(s: Studio, field: 'goals' | 'avoid', themes: readonly string[]): boolean {
  // An empty list goes back to the default (none), so "no goals" has one spelling in the file.
  return edit(s, { kind: 'set-therapy', field, value: themes.length === 0 ? undefined : [...themes] }, field === 'goals' ? 'change goals' : 'change avoided themes');
}

/** Sets all five limits of a starter profile as one undo step; goals and avoided themes stay. */
export function applyStarterProfile(s: Studio, profile: StarterProfile): boolean {
  const ops = (Object.keys(profile.limits) as (keyof TherapyLimits)[]).map((field) => ({
    kind: 'set-therapy' as const,
    field,
    value: profile.limits[field],
  }));
  return edit(s, ops, `apply the ${profile.name.toLowerCase()} starter profile`);
}

/** Adds a review note on an event (author remembered, dated now): one undo step. Returns the note's id, or null. */
export function addNote(s: Studio, eventId: string, text: string, author: string = s.review.getState().author): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const id = newNoteId(s.document.getState().story);
  const note: Note = { id, text: trimmed, event: eventId, at: new Date().toISOString(), ...(author.trim() ? { author: author.trim() } : {}) };
  if (author.trim() !== s.review.getState().author) setNoteAuthor(s, author.trim());
  return edit(s, ops.setNote(note), 'add note') ? id : null;
}

/** Resolves or reopens a note: one undoable `set-note` edit. */
export function setNoteResolved(s: Studio, noteId: string, resolved: boolean): boolean {
  const note = (s.document.getState().story.notes ?? []).find((n) => n.id === noteId);
  if (!note) return false;
  const { resolved: _was, ...rest } = note;
  return edit(s, ops.setNote(resolved ? { ...rest, resolved: true } : rest), resolved ? 'resolve note' : 'reopen note');
}

/** Removes a note from the story: one undo step. */
export function removeNote(s: Studio, noteId: string): boolean {
  return edit(s, ops.deleteNote(noteId), 'delete note');
}
