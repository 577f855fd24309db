import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NoteFilter } from '../core/review/notes';

/**
 * Review mode's own UI state: whether it is open, which notes are listed, whose name goes
 * on new notes, and the character whose arc is shown. Not part of the story (notes
 * themselves are, through `set-note` edits), and not saved with the view.
 */
export interface ReviewState {
  readonly open: boolean;
  readonly noteFilter: NoteFilter;
  /** Remembered across sessions (localStorage), so a therapist types their name once. */
  readonly author: string;
  readonly arcCharacter: string;
}

export const AUTHOR_KEY = 'arc-studio.note-author';

function rememberedAuthor(): string {
  try {
    return globalThis.localStorage?.getItem(AUTHOR_KEY) ?? '';
  } catch {
    // Storage refused (privacy mode): the name is asked again next time, nothing else is lost.
    return '';
  }
}

/** Review mode's store of a studio; the remembered author is read when the studio is created, not at import. */
export function createReviewStore(): StoreApi<ReviewState> {
  return createStore<ReviewState>(() => ({
    open: false,
    noteFilter: 'open',
    author: rememberedAuthor(),
    arcCharacter: '',
  }));
}
