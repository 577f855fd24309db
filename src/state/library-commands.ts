import { ops } from '../core/edits/ops';
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
import { snapshot, upsertEntry } from './session';
import type { Studio } from './studio-context';
import { storySizeProblem } from './story-limits';
import { reportStorageError } from './storage-errors';
import { DEFAULT_VIEW, EMPTY_SELECTION } from './stores';
import { edit } from './document-commands';
import type { ImportResult } from './types';

function existingKeys(s: Studio): string[] {
  return s.library.getState().stories.map((e) => e.key);
}

/** A fresh record for a story that has no history yet. */
export function freshRecord(s: Studio, story: Story, key = newStoryKey(existingKeys(s))): StoredStory {
  return { key, story, history: EMPTY_HISTORY, selection: EMPTY_SELECTION, view: DEFAULT_VIEW, updatedAt: Date.now() };
}

/** Compacts the open story now (before switching away from it); its changes are already in the durable log. */
async function flushOpen(s: Studio): Promise<void> {
  await s.session.autosave?.flush();
}

/**
 * Adds a record to the library, stores it, and opens it. The snapshot is stored
 * before the story opens, so that the log entries of its first edits always
 * have a story to apply to.
 */
export async function addAndOpen(s: Studio, record: StoredStory): Promise<boolean> {
  void flushOpen(s);
  upsertEntry(s, { key: record.key, title: record.story.title, updatedAt: record.updatedAt });
  await saveRecord(s, record);
  return openGuarded(s, record);
}

/**
 * Imports story JSON as a new library story and opens it. On errors nothing
 * changes (the open story stays as it was) and the errors come back with their
 * JSON paths for the alert; a story beyond the studio's limits (story-limits.ts)
 * is refused the same way. Warnings (keys that are not kept) come back with the result.
 */
export async function importStoryText(s: Studio, text: string): Promise<ImportResult> {
  const result = parseStory(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  const tooBig = storySizeProblem(result.story);
  if (tooBig) return { ok: false, errors: [{ path: '', message: tooBig }] };
  const record = freshRecord(s, result.story);
  await addAndOpen(s, record);
  return { ok: true, key: record.key, warnings: result.warnings };
}

/** The open story as story JSON, with a file name made from its title. */
export function exportStoryText(s: Studio): { filename: string; text: string } {
  const { story } = s.document.getState();
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
export async function newStory(s: Studio, title = 'Untitled story'): Promise<string> {
  const record = freshRecord(s, emptyStory(title));
  await addAndOpen(s, record);
  return record.key;
}

/** The current state of a story: the open one as it is on screen, any other from storage with its log replayed. */
async function loadRecord(s: Studio, key: string): Promise<StoredStory | undefined> {
  if (key === s.document.getState().storyKey) return snapshotNow(s);
  if (!s.session.persistence) return undefined;
  return (await loadCurrent(s.session.persistence, key))?.record;
}

/** The open story as a record, even while some of its changes are on their way to storage. */
function snapshotNow(s: Studio): StoredStory | undefined {
  const d = s.document.getState();
  const record = snapshot(s);
  return record ?? (d.storyKey === '' ? undefined : { ...freshRecord(s, d.story, d.storyKey), history: s.session.history, version: d.version });
}

async function saveRecord(s: Studio, record: StoredStory): Promise<void> {
  try {
    await s.session.persistence?.saveStory(record);
  } catch (e) {
    reportStorageError(s, `could not save "${record.story.title}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Opens a story of the library; false when it cannot be loaded. */
export async function openStory(s: Studio, key: string): Promise<boolean> {
  if (key === s.document.getState().storyKey) return true;
  await flushOpen(s);
  let record: StoredStory | undefined;
  try {
    record = s.session.persistence ? (await loadCurrent(s.session.persistence, key))?.record : undefined;
  } catch (e) {
    notify(s, 'error', `Could not open the story: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  if (!record) {
    notify(s, 'error', 'That story is no longer in the library.');
    return false;
  }
  return openGuarded(s, record);
}

/** Renames a story; for the open story this is an undoable edit. */
export async function renameStory(s: Studio, key: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (trimmed === '') return;
  if (key === s.document.getState().storyKey) {
    edit(s, ops.setStoryTitle(trimmed), 'rename story');
    return;
  }
  const record = await loadRecord(s, key);
  if (!record) return;
  // One version on: a snapshot at a newer version than the stored one, which also takes in its log.
  const renamed: StoredStory = { ...record, story: { ...record.story, title: trimmed }, updatedAt: Date.now(), version: (record.version ?? 0) + 1 };
  upsertEntry(s, { key, title: trimmed, updatedAt: renamed.updatedAt });
  await saveRecord(s, renamed);
}

/** Copies a story (without its history) under a new key and opens the copy; returns its key. */
export async function duplicateStory(s: Studio, key: string): Promise<string | undefined> {
  const record = await loadRecord(s, key);
  if (!record) return undefined;
  const copy = freshRecord(s, { ...record.story, title: `${record.story.title} (copy)` });
  await addAndOpen(s, { ...copy, view: record.view });
  return copy.key;
}

/**
 * Deletes a story from the library. The notice offers Undo (restoreDeletedStory);
 * deleting the open story opens the most recent other one, or a new empty story.
 */
export async function deleteStory(s: Studio, key: string): Promise<void> {
  const record = await loadRecord(s, key);
  if (!record) return;
  s.session.deletedStories.set(key, record);
  s.library.setState((l) => ({ stories: l.stories.filter((e) => e.key !== key) }));
  if (key === s.document.getState().storyKey) {
    s.session.autosave?.discard();
    const next = s.library.getState().stories[0];
    if (next) await openStory(s, next.key);
    else await newStory(s);
  }
  try {
    await s.session.persistence?.deleteStory(key);
  } catch (e) {
    notify(s, 'error', `Could not delete the saved copy: ${e instanceof Error ? e.message : String(e)}`);
  }
  notify(s, 'info', `Deleted "${record.story.title}"`, { label: 'Restore story', run: () => void restoreDeletedStory(s, key) });
}

/** Brings back a story deleted in this session and opens it; false when there is none. */
export async function restoreDeletedStory(s: Studio, key: string): Promise<boolean> {
  const record = s.session.deletedStories.get(key);
  if (!record) return false;
  s.session.deletedStories.delete(key);
  await flushOpen(s);
  return addAndOpen(s, record);
}
