import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import type { Autosaver } from './autosave';
import type { DurableWriter } from './durable-writer';
import { EMPTY_HISTORY, type History } from './history';
import { versionOf, type Persistence, type StoredStory } from './persistence';
import { documentStore, libraryStore, selectionStore, viewStore } from './stores';
import type { LibraryEntry, Selection } from './types';
import type { WorkerClient } from './worker-client';

/** Edits collected while a gesture (a drag) is open, to become one undo step. */
export interface Gesture {
  readonly label: string;
  readonly inverses: EditOp[];
}

/**
 * The studio's non-reactive session state: the open story's history, the
 * worker client, storage. Set up by startStudio, reset by tests.
 */
export const session: {
  history: History;
  gesture: Gesture | null;
  client: WorkerClient | null;
  persistence: Persistence | null;
  autosave: Autosaver | null;
  durable: DurableWriter | null;
} = { history: EMPTY_HISTORY, gesture: null, client: null, persistence: null, autosave: null, durable: null };

let lastRevision = 0;

/** A revision never used before in this page, across all stories, so results of one story never pass for another's. */
export function nextRevision(): number {
  return ++lastRevision;
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
export function upsertEntry(entry: LibraryEntry): void {
  libraryStore.setState((s) => ({ stories: sortEntries([...s.stories.filter((e) => e.key !== entry.key), entry]) }));
}

/** Drops ids the story no longer has from the selection (after a removal or an undo of an add). */
function pruneSelection(story: Story): void {
  const sel = selectionStore.getState();
  if (sel.events.length === 0 && sel.links.length === 0) return;
  const events = new Set(story.events.map((e) => e.id));
  const links = new Set(story.links.map((l) => l.id));
  const keptEvents = sel.events.filter((id) => events.has(id));
  const keptLinks = sel.links.filter((id) => links.has(id));
  if (keptEvents.length !== sel.events.length || keptLinks.length !== sel.links.length) {
    selectionStore.setState({ events: keptEvents, links: keptLinks });
  }
}

/**
 * Makes `story` the open document at a new revision after `ops` changed it: the
 * worker gets the ops first (so any query for the new revision finds it there),
 * then the stores, the library entry and autosave follow.
 */
export function commitStory(story: Story, ops: readonly EditOp[]): void {
  const revision = nextRevision();
  session.client?.edit(ops, revision);
  const { storyKey, version: before } = documentStore.getState();
  const version = before + 1;
  const updatedAt = Date.now();
  // Written to storage in this very task, before anything is painted: a reload or quit right after keeps it.
  if (storyKey !== '') session.durable?.append({ key: storyKey, version, ops, history: session.history, title: story.title, updatedAt });
  documentStore.setState({ story, revision, version, ...historyFlags(session.history) });
  pruneSelection(story);
  upsertEntry({ key: storyKey, title: story.title, updatedAt });
  session.autosave?.schedule();
}

/**
 * Takes in a change another tab stored (tab-sync.ts): the story moves to that
 * version, already saved; it is not an undo step of this tab.
 */
export function commitRemote(story: Story, ops: readonly EditOp[], version: number): void {
  const revision = nextRevision();
  session.client?.edit(ops, revision);
  const { storyKey } = documentStore.getState();
  documentStore.setState({ story, revision, version });
  libraryStore.setState((l) => ({ savedVersion: Math.max(l.savedVersion, version) }));
  pruneSelection(story);
  upsertEntry({ key: storyKey, title: story.title, updatedAt: Date.now() });
  session.autosave?.schedule();
}

/** Replaces the open story by its stored state (after a conflict with another tab), keeping this tab's history, selection and view. */
export function replaceStory(story: Story, version: number): void {
  const revision = nextRevision();
  session.client?.open(story, revision);
  documentStore.setState({ story, revision, version });
  libraryStore.setState({ savedVersion: version });
  pruneSelection(story);
}

/** Refreshes undo/redo flags after the history changed without a story change (a gesture ending). */
export function refreshHistoryFlags(): void {
  documentStore.setState(historyFlags(session.history));
}

/** Opens a stored story: it becomes the document, with its history, selection and view; the worker gets it whole. */
export function activate(record: StoredStory): void {
  session.gesture = null;
  session.history = record.history;
  const revision = nextRevision();
  session.client?.open(record.story, revision);
  const version = versionOf(record);
  documentStore.setState(
    { storyKey: record.key, story: record.story, revision, version, ...historyFlags(record.history) },
    true,
  );
  selectionStore.setState(record.selection, true);
  viewStore.setState(record.view, true);
  // Which story opens at the next start is decided by open-guard.ts, once this one has shown its analysis.
  libraryStore.setState({ activeKey: record.key, savedVersion: version, safeMode: undefined });
  upsertEntry({ key: record.key, title: record.story.title, updatedAt: record.updatedAt });
}

/** The open story as a record to save. */
export function snapshot(): StoredStory | undefined {
  const d = documentStore.getState();
  if (d.storyKey === '') return undefined;
  const lib = libraryStore.getState();
  // A snapshot drops the log entries up to its version: only one whose changes are all stored may do that
  // (one of them may yet lose to another tab's). While storage fails, the in-memory copy takes it anyway.
  if (d.version > lib.savedVersion && lib.storageError === undefined) return undefined;
  const entry = lib.stories.find((e) => e.key === d.storyKey);
  return {
    key: d.storyKey,
    story: d.story,
    history: session.history,
    selection: selectionStore.getState() as Selection,
    view: viewStore.getState(),
    updatedAt: entry?.updatedAt ?? Date.now(),
    version: d.version,
  };
}

