import { useStore } from 'zustand';
import type { DismissedEntry } from '../core/model/story';
import type { Studio } from './studio-context';

export type { DismissedEntry };

const NONE: readonly DismissedEntry[] = [];

/** The conflicts the author dismissed ("won't fix") with their notes, as the story keeps them (story.dismissed). */
export function useDismissedEntries(s: Studio): readonly DismissedEntry[] {
  // The list keeps its identity until it is edited, so readers re-render only then.
  return useStore(s.document, (d) => d.story.dismissed ?? NONE);
}
