import type { Story } from '../core/model/story';

/** Key under story.extra where dismissed conflicts are kept. */
export const DISMISSED_KEY = 'dismissedConflicts';

/** One dismissed conflict as stored in story.extra.dismissedConflicts. */
export interface DismissedEntry {
  readonly id: string;
  readonly note?: string;
}

/** The dismissed conflicts of a story; accepts plain id strings too, as a hand-edited file may have them. */
export function dismissedEntries(story: Story): DismissedEntry[] {
  return parseDismissed(story.extra?.[DISMISSED_KEY]);
}

/** Dismissed entries from the raw value of story.extra.dismissedConflicts; anything unreadable is skipped. */
export function parseDismissed(raw: unknown): DismissedEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: DismissedEntry[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item === 'string') out.push({ id: item });
    else if (item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
      const { id, note } = item as { id: string; note?: unknown };
      out.push(typeof note === 'string' ? { id, note } : { id });
    }
  }
  return out;
}
