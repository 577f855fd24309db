import type { DismissedEntry, Story } from '../model/story';
import type { Conflict } from './conflict';
import { ConflictRecord } from './conflict-record';

/**
 * The review split of story-format.md ("Review"): a conflict listed in `dismissed` still
 * exists but is not active. Every host (worker, studio, command-line tool) splits with
 * this one function, so counts, scores, exit codes and "fix all" agree: they use `active`
 * only; `dismissed` is shown apart with its note; `stale` entries name no current conflict
 * and are kept and shown, never dropped.
 */

/** A dismissed conflict with the entry (note, author, date) that dismissed it. */
export type DismissedConflict = Conflict & { readonly dismissal: DismissedEntry };

export interface ConflictReview {
  /** Conflicts not dismissed, in the order given. */
  readonly active: readonly Conflict[];
  /** Dismissed conflicts that exist, in the order given. */
  readonly dismissed: readonly DismissedConflict[];
  /** Dismissed entries that match no current conflict, in the story's order. */
  readonly stale: readonly DismissedEntry[];
}

/** The conflict and its entry; a ConflictRecord's fields are getters, which a spread does not copy. */
function withDismissal(c: Conflict, dismissal: DismissedEntry): DismissedConflict {
  if (!(c instanceof ConflictRecord)) return { ...c, dismissal };
  const { id, type, category, severity, events, links, scales, message, subjects } = c;
  return { id, type, category, severity, events, links, scales, message, subjects, dismissal };
}

/** The ids of the story's dismissed conflicts. */
export function dismissedIds(story: Story): ReadonlySet<string> {
  return new Set((story.dismissed ?? []).map((d) => d.id));
}

/** Splits detected conflicts into active and dismissed, and finds the stale dismissed entries. */
export function splitByReview(story: Story, conflicts: readonly Conflict[]): ConflictReview {
  const entries = story.dismissed ?? [];
  if (entries.length === 0) return { active: conflicts, dismissed: [], stale: [] };
  const byId = new Map(entries.map((d) => [d.id, d] as const));
  const active: Conflict[] = [];
  const dismissed: DismissedConflict[] = [];
  const found = new Set<string>();
  for (const c of conflicts) {
    const entry = byId.get(c.id);
    if (entry === undefined) active.push(c);
    else {
      dismissed.push(withDismissal(c, entry));
      found.add(c.id);
    }
  }
  return { active, dismissed, stale: entries.filter((d) => !found.has(d.id)) };
}
