import type { Story } from '../model/story';
import type { EditOp, EventScalarField, LinkScalarField } from './edit-op';
import { unreachable } from './edit-support';

/** Short labels for the undo menu ("Undo move event"). */

const EVENT_FIELD_LABEL: Readonly<Record<EventScalarField, string>> = {
  title: 'rename event',
  scale: 'change scale',
  time: 'move event',
  duration: 'change duration',
  location: 'change location',
  intensity: 'change intensity',
  notes: 'edit notes',
};

const LINK_FIELD_LABEL: Readonly<Record<LinkScalarField, string>> = {
  from: 'reconnect link',
  to: 'reconnect link',
  strength: 'change link strength',
  kind: 'change link kind',
};

function hasEntry(story: Story, eventId: string, field: 'themes' | 'effects', key: string): boolean {
  const event = story.events.find((e) => e.id === eventId);
  return event !== undefined && Object.hasOwn(event[field], key);
}

/** A short human label for an edit, as the story stands before it is applied. */
export function describeEdit(op: EditOp, story: Story): string {
  switch (op.kind) {
    case 'set-story-title':
      return 'rename story';
    case 'set-event-field':
      if ((op.field === 'location' || op.field === 'notes') && op.value === undefined) return `clear ${op.field}`;
      return EVENT_FIELD_LABEL[op.field];
    case 'add-event':
      return 'add event';
    case 'remove-event':
      return 'delete event';
    case 'set-link-field':
      return LINK_FIELD_LABEL[op.field];
    case 'add-link':
      return 'add link';
    case 'remove-link':
      return 'delete link';
    case 'add-participant':
      return 'add participant';
    case 'remove-participant':
      return 'remove participant';
    case 'add-tag':
      return 'add tag';
    case 'remove-tag':
      return 'remove tag';
    case 'set-theme':
      if (op.intensity === null) return 'remove theme';
      return hasEntry(story, op.eventId, 'themes', op.theme) ? 'change theme' : 'add theme';
    case 'set-effect':
      if (op.effect === null) return 'remove effect';
      return hasEntry(story, op.eventId, 'effects', op.character) ? 'change effect' : 'add effect';
    case 'set-time-unit':
      return 'change time unit';
    case 'set-scales':
      return 'change scales';
    case 'set-characters':
      return 'change characters';
    case 'set-threshold':
      return op.value === undefined ? 'reset threshold' : 'change threshold';
    case 'set-therapy':
      return op.value === undefined ? 'reset therapy setting' : 'change therapy setting';
    case 'set-dismissed':
      if (op.entry === null) return 'restore conflict';
      return story.dismissed?.some((d) => d.id === op.conflictId) === true ? 'edit dismissal note' : 'dismiss conflict';
    case 'set-note':
      if (op.note === null) return 'delete note';
      return story.notes?.some((n) => n.id === op.noteId) === true ? 'edit note' : 'add note';
    case 'set-extra':
      return 'change app data';
    case 'batch':
      if (op.ops.length === 1) return describeEdit(op.ops[0]!, story);
      return op.ops.length === 0 ? 'no change' : `apply ${op.ops.length} changes`;
    default:
      return unreachable(op);
  }
}
