import type { Story } from '../model/story';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';
import { unreachable, type EditResult } from './edit-support';
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
import { setDismissed, setNote } from './review-edits';
import { setCharacters, setScales, setTherapy, setThreshold, setTimeUnit } from './settings-edits';
import { setExtra, setStoryTitle } from './story-edits';

export type { EditResult } from './edit-support';

function applyBatch(story: Story, ops: readonly EditOp[]): EditResult {
  let current = story;
  const inverses: EditOp[] = [];
  ops.forEach((op, i) => {
    try {
      const result = applyEdit(current, op);
      current = result.story;
      inverses.push(result.inverse);
    } catch (error) {
      // Nothing was mutated, so dropping `current` leaves the caller's story as it was.
      if (error instanceof EditError && ops.length > 1) throw new EditError(`change ${i + 1} of ${ops.length}: ${error.message}`);
      throw error;
    }
  });
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
