import type { Note, Story } from '../model/story';

/** Ids of the notes whose event no longer exists (story-format.md, Review: kept, marked orphaned). */
export function orphanedNoteIds(story: Story): Set<string> {
  const ids = new Set(story.events.map((e) => e.id));
  return new Set((story.notes ?? []).filter((n) => n.event !== undefined && !ids.has(n.event)).map((n) => n.id));
}

export type NoteFilter = 'open' | 'resolved' | 'all';

/** The notes a filter shows, in the story's order. */
export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  if (filter === 'all') return [...notes];
  return notes.filter((n) => (filter === 'resolved' ? n.resolved === true : n.resolved !== true));
}
