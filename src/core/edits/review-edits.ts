import type { DismissedEntry, Note, Story } from '../model/story';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';
import { removeAt, replaceAt, type EditResult, type OpOf } from './edit-support';
import { checkString, show } from './edit-values';

/**
 * Edits of the review data (story-format.md, Review): dismissed conflicts and notes.
 * Both are lists keyed by id; an entry is replaced in place, added at the end, or
 * removed. The inverse of a removal puts the entry back at its old position (by
 * re-adding the entries after it), so undo restores the list exactly.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Keyed = { readonly id: string };

function checkObject(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EditError(`${what} must be an object, got ${show(value)}`);
  return value as Readonly<Record<string, unknown>>;
}

function optionalString(out: Record<string, unknown>, source: Readonly<Record<string, unknown>>, key: string, what: string): void {
  if (source[key] !== undefined) out[key] = checkString(source[key], `${what} ${key}`);
}

function checkDismissed(value: unknown, conflictId: string): DismissedEntry {
  const e = checkObject(value, 'dismissed entry');
  if (e['id'] !== conflictId) throw new EditError(`dismissed entry id must be the conflict id ${JSON.stringify(conflictId)}, got ${show(e['id'])}`);
  const out: Record<string, unknown> = { id: conflictId };
  for (const key of ['note', 'by', 'at']) optionalString(out, e, key, 'dismissed entry');
  return out as unknown as DismissedEntry;
}

function checkNote(value: unknown, noteId: string): Note {
  const n = checkObject(value, 'note');
  if (n['id'] !== noteId) throw new EditError(`note id must be ${JSON.stringify(noteId)}, got ${show(n['id'])}`);
  const out: Record<string, unknown> = { id: noteId, text: checkString(n['text'], 'note text') };
  for (const key of ['author', 'at', 'event', 'conflict']) optionalString(out, n, key, 'note');
  if (n['resolved'] !== undefined) {
    if (typeof n['resolved'] !== 'boolean') throw new EditError(`note resolved must be true or false, got ${show(n['resolved'])}`);
    out['resolved'] = n['resolved'];
  }
  return out as unknown as Note;
}

interface ListChange<T> {
  readonly list: readonly T[];
  /** Pairs (id, entry or null) that undo the change, in order. */
  readonly undo: readonly (readonly [string, T | null])[];
}

function changeList<T extends Keyed>(list: readonly T[], id: string, entry: T | null): ListChange<T> {
  const i = list.findIndex((x) => x.id === id);
  if (entry !== null) {
    if (i >= 0) return { list: replaceAt(list, i, entry), undo: [[id, list[i]!]] };
    return { list: [...list, entry], undo: [[id, null]] };
  }
  if (i < 0) return { list, undo: [[id, null]] };
  const later = list.slice(i + 1);
  return {
    list: removeAt(list, i),
    undo: [...later.map((x) => [x.id, null] as const), [id, list[i]!] as const, ...later.map((x) => [x.id, x] as const)],
  };
}

function asInverse(ops: EditOp[]): EditOp {
  return ops.length === 1 ? ops[0]! : { kind: 'batch', ops };
}

function withList<K extends 'dismissed' | 'notes'>(story: Story, key: K, list: Story[K]): Story {
  const next: Mutable<Story> = { ...story };
  if (list === undefined || list.length === 0) delete next[key];
  else next[key] = list;
  return next;
}

/** Dismisses a conflict with its note, or (entry null) restores it to the active conflicts. */
export function setDismissed(story: Story, op: OpOf<'set-dismissed'>): EditResult {
  const conflictId = checkString(op.conflictId, 'conflict id');
  const entry = op.entry === null ? null : checkDismissed(op.entry, conflictId);
  const current = story.dismissed ?? [];
  const { list, undo } = changeList(current, conflictId, entry);
  const inverse = asInverse(undo.map(([id, e]): EditOp => ({ kind: 'set-dismissed', conflictId: id, entry: e })));
  return { story: list === current ? story : withList(story, 'dismissed', list), inverse };
}

/** Adds or replaces a review note, or (note null) deletes it. */
export function setNote(story: Story, op: OpOf<'set-note'>): EditResult {
  const noteId = checkString(op.noteId, 'note id');
  const note = op.note === null ? null : checkNote(op.note, noteId);
  const current = story.notes ?? [];
  const { list, undo } = changeList(current, noteId, note);
  const inverse = asInverse(undo.map(([id, n]): EditOp => ({ kind: 'set-note', noteId: id, note: n })));
  return { story: list === current ? story : withList(story, 'notes', list), inverse };
}
