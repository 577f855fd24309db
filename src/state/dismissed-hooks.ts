import { useMemo } from 'react';
import { DISMISSED_KEY, parseDismissed, type DismissedEntry } from '../worker/dismissed';
import { useStore } from 'zustand';
import type { Studio } from './studio-context';

export type { DismissedEntry };

/** The conflicts the author dismissed ("won't fix") with their notes, as stored in story.extra. */
export function useDismissedEntries(s: Studio): readonly DismissedEntry[] {
  // The raw value keeps its identity until it is edited, so this re-parses only then.
  const raw = useStore(s.document, (d) => d.story.extra?.[DISMISSED_KEY]);
  return useMemo(() => parseDismissed(raw), [raw]);
}
