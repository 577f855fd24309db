import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import { EMPTY_HISTORY, withoutOverlapping, type History } from './history';
import { notify } from './notices';
import { versionOf, type StoredStory } from './persistence';
import { lostSelectionText } from './lost-selection';
import { prunedSelection } from './selection-pruning';
import type { Session, Studio } from './studio-context';
import type { LibraryEntry, Selection } from './types';

/** A session with nothing open and nothing started. */
export function createSession(): Session {
  return {
    history: EMPTY_HISTORY,
    gesture: null,
    client: null,
    persistence: null,
    autosave: null,
    durable: null,
    lastRevision: 0,
    lastNoticeId: 0,
    historyCapTold: false,
    deletedStories: new Map(),
    safeFixesRun: undefined,
    lostChanges: [],
    resyncing: null,
    openingKey: undefined,
    confirming: Promise.resolve(),
    layeredRun: undefined,
    jobRunner: undefined,
    safeFixesRunner: undefined,
    replayStop: undefined,
    sampleIndex: null,
    disposed: false,
  };
}

/** A revision never used before in this studio, across all stories, so results of one story never pass for another's. */
export function nextRevision(s: Studio): number {
  return ++s.session.lastRevision;
}

/** Undo/redo availability and labels of a history, as the document store shows them. */
export function historyFlags(h: History): { canUndo: boolean; canRedo: boolean; undoLabel: string | undefined; redoLabel: string | undefined } {
  const u = h.undo[h.undo.length - 1];
  const r = h.redo[h.redo.length - 1];
  return {
    canUndo: u !== undefined,
    canRedo: r !== undefined,
    undoLabel: u ? `Undo ${u.label}` : undefined,
    redoLabel: r ? `Redo ${r.label}` : undefined,
  };
}

/** Sorted most recently changed first. */
export function sortEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
}

/** Adds or updates one library entry. */
export function upsertEntry(s: Studio, entry: LibraryEntry): void {
  s.library.setState((l) => ({ stories: sortEntries([...l.stories.filter((e) => e.key !== entry.key), entry]) }));
}

/**
 * Drops ids the story no longer has from the selection (after a removal or an undo of an add);
 * `ops` made `story` from the last one, when known. Returns the selection before and after,
 * or null when it kept every id.
 */
function pruneSelection(s: Studio, story: Story, ops?: readonly EditOp[]): { before: Selection; kept: Pick<Selection, 'events' | 'links'> } | null {
  const before = s.selection.getState();
  const kept = prunedSelection(before, story, ops);
  if (!kept) return null;
  s.selection.setState(kept);
  return { before, kept };
}

/**
 * Makes `story` the open document at a new revision after `ops` changed it: the
 * worker gets the ops first (so any query for the new revision finds it there),
 * then the stores, the library entry and autosave follow.
 */
export function commitStory(s: Studio, story: Story, ops: readonly EditOp[]): void {
  const revision = nextRevision(s);
  s.session.client?.edit(ops, revision);
  const { storyKey, version: before } = s.document.getState();
  const version = before + 1;
  const updatedAt = Date.now();
  // Written to storage in this very task, before anything is painted: a reload or quit right after keeps it.
  if (storyKey !== '') s.session.durable?.append({ key: storyKey, version, ops, history: s.session.history, title: story.title, updatedAt });
  s.document.setState({ story, revision, version, ...historyFlags(s.session.history) });
  pruneSelection(s, story, ops);
  upsertEntry(s, { key: storyKey, title: story.title, updatedAt });
  s.session.autosave?.schedule();
}

/**
 * Takes in a change another tab stored (tab-sync.ts): the story moves to that
 * version, already saved; it is not an undo step of this tab.
 */
export function commitRemote(s: Studio, story: Story, ops: readonly EditOp[], version: number): void {
  const previous = s.document.getState().story;
  const revision = nextRevision(s);
  s.session.client?.edit(ops, revision);
  const { storyKey } = s.document.getState();
  // This tab's steps that changed what the other tab just changed cannot be undone without undoing that too.
  const { history, dropped } = withoutOverlapping(s.session.history, ops);
  s.session.history = history;
  s.document.setState({ story, revision, version, ...historyFlags(history) });
  if (dropped.length > 0) {
    const what = dropped.map((step) => step.label).join(', ');
    notify(
      s,
      'info',
      `Another tab changed what you changed here (${what}): its change is shown, and Undo no longer takes ${dropped.length === 1 ? 'yours' : 'those'} back.`,
    );
  }
  s.library.setState((l) => ({ savedVersion: Math.max(l.savedVersion, version) }));
  const pruned = pruneSelection(s, story, ops);
  const lost = pruned && lostSelectionText(previous, pruned.before, pruned.kept);
  if (lost) notify(s, 'info', lost);
  upsertEntry(s, { key: storyKey, title: story.title, updatedAt: Date.now() });
  s.session.autosave?.schedule();
}

/** Replaces the open story by its stored state (after a conflict with another tab), keeping this tab's history, selection and view. */
export function replaceStory(s: Studio, story: Story, version: number): void {
  const revision = nextRevision(s);
  s.session.client?.open(story, revision);
  s.document.setState({ story, revision, version });
  s.library.setState({ savedVersion: version });
  pruneSelection(s, story);
}

/** Refreshes undo/redo flags after the history changed without a story change (a gesture ending). */
export function refreshHistoryFlags(s: Studio): void {
  s.document.setState(historyFlags(s.session.history));
}

/** Opens a stored story: it becomes the document, with its history, selection and view; the worker gets it whole. */
export function activate(s: Studio, record: StoredStory): void {
  s.session.gesture = null;
  s.session.history = record.history;
  const revision = nextRevision(s);
  s.session.client?.open(record.story, revision);
  const version = versionOf(record);
  s.document.setState(
    { storyKey: record.key, story: record.story, revision, version, ...historyFlags(record.history) },
    true,
  );
  s.selection.setState(record.selection, true);
  s.view.setState(record.view, true);
  // Which story opens at the next start is decided by open-guard.ts, once this one has shown its analysis.
  s.library.setState({ activeKey: record.key, savedVersion: version, snapshotVersion: 0, safeMode: undefined });
  upsertEntry(s, { key: record.key, title: record.story.title, updatedAt: record.updatedAt });
}

/** The open story as a record to save. */
export function snapshot(s: Studio): StoredStory | undefined {
  const d = s.document.getState();
  if (d.storyKey === '') return undefined;
  const lib = s.library.getState();
  // A snapshot drops the log entries up to its version: only one whose changes are all stored may do that
  // (one of them may yet lose to another tab's). While storage fails, the in-memory copy takes it anyway.
  if (d.version > lib.savedVersion && lib.storageError === undefined) return undefined;
  const entry = lib.stories.find((e) => e.key === d.storyKey);
  return {
    key: d.storyKey,
    story: d.story,
    history: s.session.history,
    selection: s.selection.getState() as Selection,
    view: s.view.getState(),
    updatedAt: entry?.updatedAt ?? Date.now(),
    version: d.version,
  };
}

