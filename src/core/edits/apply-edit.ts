import type { Story } from '../model/story';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';
import { unreachable, type EditResult, type OpOf } from './edit-support';
import {
  addEvent,
  addParticipant,
  addTag,
  removeEvent,
  removeParticipant,
  removeTag,
  setEffect,
  setEventField,
  setTheme,
} from './event-edits';
import { addLink, removeLink, setLinkField } from './link-edits';
import { addLinkRun, removeLinkRun } from './link-runs';
import { setDismissed, setNote } from './review-edits';
import { setCharacters, setScales, setTherapy, setThreshold, setTimeUnit } from './settings-edits';
import { setExtra, setStoryTitle } from './story-edits';

export type { EditResult } from './edit-support';

/** The end of the run of ops of `kind` that starts at `start`. */
function runEnd(ops: readonly EditOp[], start: number, kind: EditOp['kind']): number {
  let end = start;
  while (end < ops.length && ops[end]!.kind === kind) end++;
  return end;
}

/** Applies ops[start, end) when they are a run of link additions or removals (one pass for all), else ops[start]. */
function applyRun(story: Story, ops: readonly EditOp[], start: number): { story: Story; inverses: readonly EditOp[]; end: number } | { failedAt: number; error: unknown } {
  const op = ops[start]!;
  if (op.kind === 'remove-link' || op.kind === 'add-link') {
    const end = runEnd(ops, start, op.kind);
    // The run holds only ops of this kind, as runEnd checked.
    const outcome =
      op.kind === 'remove-link'
        ? removeLinkRun(story, ops.slice(start, end) as OpOf<'remove-link'>[])
        : addLinkRun(story, ops.slice(start, end) as OpOf<'add-link'>[]);
    return 'error' in outcome ? { failedAt: start + outcome.failedAt, error: outcome.error } : { ...outcome, end };
  }
  try {
    const result = applyEdit(story, op);
    return { story: result.story, inverses: [result.inverse], end: start + 1 };
  } catch (error) {
    return { failedAt: start, error };
  }
}

function applyBatch(story: Story, ops: readonly EditOp[]): EditResult {
  let current = story;
  const inverses: EditOp[] = [];
  for (let i = 0; i < ops.length; ) {
    const step = applyRun(current, ops, i);
    if ('error' in step) {
      // Nothing was mutated, so dropping `current` leaves the caller's story as it was.
      const { error, failedAt } = step;
      if (error instanceof EditError && ops.length > 1) throw new EditError(`change ${failedAt + 1} of ${ops.length}: ${error.message}`);
      throw error;
    }
    current = step.story;
    for (const inverse of step.inverses) inverses.push(inverse);
    i = step.end;
  }
  return { story: current, inverse: { kind: 'batch', ops: inverses.reverse() } };
}

/**
 * Applies one edit without touching the input: returns the next story (untouched events and
 * links keep their identity) and the operation that restores the story exactly.
 * Throws EditError when the operation does not fit the story; a batch applies all or nothing.
 */
export function applyEdit(story: Story, op: EditOp): EditResult {
  switch (op.kind) {
    case 'set-story-title':
      return setStoryTitle(story, op);
    case 'set-event-field':
      return setEventField(story, op);
    case 'add-event':
      return addEvent(story, op);
    case 'remove-event':
      return removeEvent(story, op);
    case 'set-link-field':
      return setLinkField(story, op);
    case 'add-link':
      return addLink(story, op);
    case 'remove-link':
      return removeLink(story, op);
    case 'add-participant':
      return addParticipant(story, op);
    case 'remove-participant':
      return removeParticipant(story, op);
    case 'add-tag':
      return addTag(story, op);
    case 'remove-tag':
      return removeTag(story, op);
    case 'set-theme':
      return setTheme(story, op);
    case 'set-effect':
      return setEffect(story, op);
    case 'set-time-unit':
      return setTimeUnit(story, op);
    case 'set-scales':
      return setScales(story, op);
    case 'set-characters':
      return setCharacters(story, op);
    case 'set-threshold':
      return setThreshold(story, op);
    case 'set-therapy':
      return setTherapy(story, op);
    case 'set-dismissed':
      return setDismissed(story, op);
    case 'set-note':
      return setNote(story, op);
    case 'set-extra':
      return setExtra(story, op);
    case 'batch':
      return applyBatch(story, op.ops);
    default:
      return unreachable(op);
  }
}

/** Applies several edits in order as one step (a batch); its inverse undoes them all. */
export function applyEdits(story: Story, ops: readonly EditOp[]): EditResult {
  return applyEdit(story, { kind: 'batch', ops });
}
