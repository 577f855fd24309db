import { exportStory } from '../core/story/export-story';
import { parseStory } from '../core/story/load-story';
import type { Story } from '../core/model/story';
import { emptyStory } from './empty-story';
import { EMPTY_HISTORY } from './history';
import { newStoryKey } from './ids';
import { notify } from './notices';
import type { StoredStory } from './persistence';
import { loadCurrent } from './durable-log';
import { openGuarded } from './open-guard';
import { session, snapshot, upsertEntry } from './session';
import { storySizeProblem } from './story-limits';
import { reportStorageError } from './storage-errors';
import { DEFAULT_VIEW, EMPTY_SELECTION, documentStore, libraryStore } from './stores';
import { edit } from './document-commands';
import type { ImportResult } from './types';

/** Stories deleted in this session, kept so that "Restore story" on the notice (not "Undo", which would share its name with the toolbar button) can bring them back. */
const deleted = new Map<string, StoredStory>();

function existingKeys(): string[] {
  return libraryStore.getState().stories.map((s) => s.key);
}

/** A fresh record for a story that has no history yet. */
export function freshRecord(story: Story, key = newStoryKey(existingKeys())): StoredStory {
  return { key, story, history: EMPTY_HISTORY, selection: EMPTY_SELECTION, view: DEFAULT_VIEW, updatedAt: Date.now() };
}

/** Compacts the open story now (before switching away from it); its changes are already in the durable log. */
async function flushOpen(): Promise<void> {
  await session.autosave?.flush();
}

/**
 * Adds a record to the library, stores it, and opens it. The snapshot is stored
 * before the story opens, so that the log entries of its first edits always
 * have a story to apply to.
 */
export async function addAndOpen(record: StoredStory): Promise<boolean> {
  void flushOpen();
  upsertEntry({ key: record.key, title: record.story.title, updatedAt: record.updatedAt });
  await saveRecord(record);
  return openGuarded(record);
}

/**
 * Imports story JSON as a new library story and opens it. On errors nothing
 * changes (the open story stays as it was) and the errors come back with their
 * JSON paths for the alert; a story beyond the studio's limits (story-limits.ts)
 * is refused the same way. Warnings (keys that are not kept) come back with the result.
 */
export async function importStoryText(text: string): Promise<ImportResult> {
  const result = parseStory(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  const tooBig = storySizeProblem(result.story);
  if (tooBig) return { ok: false, errors: [{ path: '', message: tooBig }] };
  const record = freshRecord(result.story);
  await addAndOpen(record);
  return { ok: true, key: record.key, warnings: result.warnings };
}

/** The open story as story JSON, with a file name made from its title. */
export function exportStoryText(): { filename: string; text: string } {
  const { story } = documentStore.getState();
  return { filename: filenameFor(story.title), text: exportStory(story) };
}

/** "The Lighthouse Keeper!" -> "the-lighthouse-keeper.json". */
export function filenameFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return (slug || 'story') + '.json';
}

/** Creates an empty story and opens it; resolves to its key. */
export async function newStory(title = 'Untitled story'): Promise<string> {
  const record = freshRecord(emptyStory(title));
  await addAndOpen(record);
  return record.key;
}

/** The current state of a story: the open one as it is on screen, any other from storage with its log replayed. */
async function loadRecord(key: string): Promise<StoredStory | undefined> {
  if (key === documentStore.getState().storyKey) return snapshotNow();
  if (!session.persistence) return undefined;
  return (await loadCurrent(session.persistence, key))?.record;
}

/** The open story as a record, even while some of its changes are on their way to storage. */
function snapshotNow(): StoredStory | undefined {
  const d = documentStore.getState();
  const record = snapshot();
  return record ?? (d.storyKey === '' ? undefined : { ...freshRecord(d.story, d.storyKey), history: session.history, version: d.version });
}

async function saveRecord(record: StoredStory): Promise<void> {
  try {
    await session.persistence?.saveStory(record);
  } catch (e) {
    reportStorageError(`could not save "${record.story.title}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Opens a story of the library; false when it cannot be loaded. */
export async function openStory(key: string): Promise<boolean> {
  if (key === documentStore.getState().storyKey) return true;
  await flushOpen();
  let record: StoredStory | undefined;
  try {
    record = session.persistence ? (await loadCurrent(session.persistence, key))?.record : undefined;
  } catch (e) {
    notify('error', `Could not open the story: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  if (!record) {
    notify('error', 'That story is no longer in the library.');
    return false;
  }
  return openGuarded(record);
}

/** Renames a story; for the open story this is an undoable edit. */
export async function renameStory(key: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (trimmed === '') return;
  if (key === documentStore.getState().storyKey) {
    edit({ kind: 'set-story-title', title: trimmed }, 'rename story');
    return;
  }
  const record = await loadRecord(key);
  if (!record) return;
  // One version on: a snapshot at a newer version than the stored one, which also takes in its log.
  const renamed: StoredStory = { ...record, story: { ...record.story, title: trimmed }, updatedAt: Date.now(), version: (record.version ?? 0) + 1 };
  upsertEntry({ key, title: trimmed, updatedAt: renamed.updatedAt });
  await saveRecord(renamed);
}

/** Copies a story (without its history) under a new key and opens the copy; returns its key. */
export async function duplicateStory(key: string): Promise<string | undefined> {
  const record = await loadRecord(key);
  if (!record) return undefined;
  const copy = freshRecord({ ...record.story, title: `${record.story.title} (copy)` });
  await addAndOpen({ ...copy, view: record.view });
  return copy.key;
}

/**
 * Deletes a story from the library. The notice offers Undo (restoreDeletedStory);
 * deleting the open story opens the most recent other one, or a new empty story.
 */
export async function deleteStory(key: string): Promise<void> {
  const record = await loadRecord(key);
  if (!record) return;
  deleted.set(key, record);
  libraryStore.setState((s) => ({ stories: s.stories.filter((e) => e.key !== key) }));
  if (key === documentStore.getState().storyKey) {
    session.autosave?.discard();
    const next = libraryStore.getState().stories[0];
    if (next) await openStory(next.key);
    else await newStory();
  }
  try {
    await session.persistence?.deleteStory(key);
  } catch (e) {
    notify('error', `Could not delete the saved copy: ${e instanceof Error ? e.message : String(e)}`);
  }
  notify('info', `Deleted "${record.story.title}"`, { label: 'Restore story', run: () => void restoreDeletedStory(key) });
}

/** Brings back a story deleted in this session and opens it; false when there is none. */
export async function restoreDeletedStory(key: string): Promise<boolean> {
  const record = deleted.get(key);
  if (!record) return false;
  deleted.delete(key);
  await flushOpen();
  return addAndOpen(record);
}
