import { normalizeStory } from '../core/story/normalize-story';
import { applyEdits } from '../core/edits/apply-edit';
import { EditError } from '../core/edits/edit-error';
import { versionOf, type LogEntry, type Persistence, type StoredStory } from './persistence';

/**
 * The durable log: every committed change is appended to storage as a LogEntry
 * in the same task as the change (see DurableWriter), and the full snapshot is
 * written later, in idle time (autosave.ts, "compaction"). Opening a story is
 * therefore snapshot + the log entries after its version, replayed in order.
 */

export interface Replayed {
  readonly record: StoredStory;
  /** Entries that could not be applied (after a gap in versions, or an op the story refuses); kept out of the story. */
  readonly skipped: number;
}

/**
 * Applies the entries that continue the snapshot's version without a gap, in
 * order. The last applied entry's history becomes the record's history (the
 * history of the tab that wrote it).
 */
export function replayLog(record: StoredStory, entries: readonly LogEntry[]): Replayed {
  let story = record.story;
  let version = versionOf(record);
  let history = record.history;
  let updatedAt = record.updatedAt;
  const sorted = [...entries].sort((a, b) => a.version - b.version);
  let used = 0;
  for (const entry of sorted) {
    if (entry.version <= version) {
      used++;
      continue;
    }
    if (entry.version !== version + 1) break;
    // An entry another tab wrote on top of a change this one never saw may no longer apply. It then counts as
    // a change that did nothing, for every tab alike, so that the entries after it still apply.
    const applied = applyEntry(story, entry);
    if (applied) {
      story = applied;
      used++;
    }
    version = entry.version;
    history = entry.history;
    updatedAt = entry.updatedAt;
  }
  return { record: { ...record, story, version, history, updatedAt }, skipped: sorted.length - used };
}

/** The story after all of an entry's ops, or undefined when one of them does not apply (all or nothing). */
export function applyEntry(story: StoredStory['story'], entry: Pick<LogEntry, 'ops'>): StoredStory['story'] | undefined {
  try {
    // As one batch: op by op, each op copied the story's lists, and replaying the 9,929 ops of
    // "Accept all safe fixes" on 5,000 dense events took seconds on a reload or in another tab.
    return applyEdits(story, entry.ops).story;
  } catch (e) {
    if (e instanceof EditError) return undefined;
    throw e;
  }
}

/** The current state of a stored story: snapshot, log replayed over it, and its saved view; undefined when there is none. */
export async function loadCurrent(persistence: Persistence, key: string): Promise<Replayed | undefined> {
  const snapshot = await persistence.loadStory(key);
  if (!snapshot) return undefined;
  const [entries, view] = await Promise.all([
    persistence.loadLog(key, versionOf(snapshot)),
    persistence.loadView(key).catch(() => undefined),
  ]);
  const logged = replayLog(snapshot, entries);
  // Stories stored by older versions skip the loader: bring their review data to today's shape
  // (a legacy extra.dismissedConflicts becomes story.dismissed) so dismissed conflicts stay dismissed.
  const replayed = { ...logged, record: { ...logged.record, story: normalizeStory(logged.record.story).story } };
  if (!view) return replayed;
  return { ...replayed, record: { ...replayed.record, selection: view.selection, view: view.view } };
}
