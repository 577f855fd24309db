import type { StoryEvent, Story } from '../model/story';
import type { SetEventField } from './edit-op';
import { EditError } from './edit-error';
import { insertAt, positionOf, removeAt, replaceAt, unreachable, withEntry, type EditResult, type OpOf } from './edit-support';
import {
  checkEffect,
  checkEvent,
  checkFinite,
  checkIndex,
  checkNonNegative,
  checkScale,
  checkString,
  checkUnit,
  eventIndexOf,
} from './edit-values';

/** Edits of one event's fields, lists and maps, and adding or removing whole events. */

type MutableEvent = { -readonly [K in keyof StoryEvent]: StoryEvent[K] };

function withEvent(story: Story, i: number, event: StoryEvent): Story {
  return { ...story, events: replaceAt(story.events, i, event) };
}

function checkedFieldValue(story: Story, op: SetEventField): SetEventField['value'] {
  switch (op.field) {
    case 'title':
      return checkString(op.value, 'title');
    case 'scale':
      return checkScale(story, op.value);
    case 'time':
      return checkFinite(op.value, 'time');
    case 'duration':
      return checkNonNegative(op.value, 'duration');
    case 'intensity':
      return checkUnit(op.value, 'intensity');
    case 'location':
    case 'notes':
      return op.value === undefined ? undefined : checkString(op.value, op.field);
    default:
      return unreachable(op);
  }
}

/** Sets one scalar field of an event; `undefined` removes an optional field (location, notes). */
export function setEventField(story: Story, op: SetEventField): EditResult {
  const i = eventIndexOf(story, op.eventId);
  const event = story.events[i]!;
  const value = checkedFieldValue(story, op);
  const old = event[op.field];
  // The field and value types correspond because `old` was read from the same field.
  const inverse = { kind: 'set-event-field', eventId: op.eventId, field: op.field, value: old } as SetEventField;
  if (Object.is(old, value)) return { story, inverse };
  const next: MutableEvent = { ...event, [op.field]: value };
  if (value === undefined) delete next[op.field as 'location' | 'notes'];
  return { story: withEvent(story, i, next), inverse };
}

/** Inserts a new event (at `index`, else last). */
export function addEvent(story: Story, op: OpOf<'add-event'>): EditResult {
  const event = checkEvent(story, op.event);
  if (positionOf(story.events, event.id) >= 0) throw new EditError(`an event with id ${JSON.stringify(event.id)} already exists`);
  const index = checkIndex(op.index, story.events.length, 'event');
  return { story: { ...story, events: insertAt(story.events, index, event) }, inverse: { kind: 'remove-event', eventId: event.id } };
}

/** Removes an event and every link touching it; the inverse puts all of them back where they were. */
export function removeEvent(story: Story, op: OpOf<'remove-event'>): EditResult {
  const i = eventIndexOf(story, op.eventId);
  const event = story.events[i]!;
  const id = event.id;
  const addBack: OpOf<'add-event'> = { kind: 'add-event', event, index: i };
  const events = removeAt(story.events, i);
  // Most removed events (an Undo of Add event) have no links: then one scan, and the link list is kept as it is.
  let first = 0;
  while (first < story.links.length && story.links[first]!.from !== id && story.links[first]!.to !== id) first++;
  if (first === story.links.length) return { story: { ...story, events }, inverse: addBack };
  const links = story.links.slice(0, first);
  // Ascending order: each re-insertion lands at its original index because all earlier ones are back.
  const restore: OpOf<'add-link'>[] = [];
  for (let k = first; k < story.links.length; k++) {
    const link = story.links[k]!;
    if (link.from === id || link.to === id) restore.push({ kind: 'add-link', link, index: k });
    else links.push(link);
  }
  return { story: { ...story, events, links }, inverse: { kind: 'batch', ops: [addBack, ...restore] } };
}

type ListField = 'participants' | 'tags';

function addMember(story: Story, eventId: string, field: ListField, member: unknown, index: number | undefined): Story {
  const i = eventIndexOf(story, eventId);
  const event = story.events[i]!;
  const noun = field === 'tags' ? 'tag' : 'participant';
  const value = checkString(member, noun);
  if (event[field].includes(value)) throw new EditError(`event ${JSON.stringify(eventId)} already has ${noun} ${JSON.stringify(value)}`);
  const at = checkIndex(index, event[field].length, noun);
  return withEvent(story, i, { ...event, [field]: insertAt(event[field], at, value) });
}

function removeMember(story: Story, eventId: string, field: ListField, member: string): { story: Story; index: number } {
  const i = eventIndexOf(story, eventId);
  const event = story.events[i]!;
  const index = event[field].indexOf(member);
  if (index < 0) {
    const noun = field === 'tags' ? 'tag' : 'participant';
    throw new EditError(`event ${JSON.stringify(eventId)} has no ${noun} ${JSON.stringify(member)}`);
  }
  return { story: withEvent(story, i, { ...event, [field]: removeAt(event[field], index) }), index };
}

/** Adds a character to an event's participants. */
export function addParticipant(story: Story, op: OpOf<'add-participant'>): EditResult {
  return {
    story: addMember(story, op.eventId, 'participants', op.character, op.index),
    inverse: { kind: 'remove-participant', eventId: op.eventId, character: op.character },
  };
}

/** Removes a character from an event's participants. */
export function removeParticipant(story: Story, op: OpOf<'remove-participant'>): EditResult {
  const { story: next, index } = removeMember(story, op.eventId, 'participants', op.character);
  return { story: next, inverse: { kind: 'add-participant', eventId: op.eventId, character: op.character, index } };
}

/** Adds a tag to an event. */
export function addTag(story: Story, op: OpOf<'add-tag'>): EditResult {
  return { story: addMember(story, op.eventId, 'tags', op.tag, op.index), inverse: { kind: 'remove-tag', eventId: op.eventId, tag: op.tag } };
}

/** Removes a tag from an event. */
export function removeTag(story: Story, op: OpOf<'remove-tag'>): EditResult {
  const { story: next, index } = removeMember(story, op.eventId, 'tags', op.tag);
  return { story: next, inverse: { kind: 'add-tag', eventId: op.eventId, tag: op.tag, index } };
}

/** Sets or (null) removes a theme's intensity on an event. */
export function setTheme(story: Story, op: OpOf<'set-theme'>): EditResult {
  const i = eventIndexOf(story, op.eventId);
  const event = story.events[i]!;
  const theme = checkString(op.theme, 'theme');
  const has = Object.hasOwn(event.themes, theme);
  if (op.intensity === null && !has) throw new EditError(`event ${JSON.stringify(op.eventId)} has no theme ${JSON.stringify(theme)} to remove`);
  const value = op.intensity === null ? undefined : checkUnit(op.intensity, `theme ${JSON.stringify(theme)}`);
  const inverse: OpOf<'set-theme'> = { kind: 'set-theme', eventId: op.eventId, theme, intensity: has ? event.themes[theme]! : null };
  return { story: withEvent(story, i, { ...event, themes: withEntry(event.themes, theme, value) }), inverse };
}

/** Sets or (null) removes what an event does to a character. */
export function setEffect(story: Story, op: OpOf<'set-effect'>): EditResult {
  const i = eventIndexOf(story, op.eventId);
  const event = story.events[i]!;
  const character = checkString(op.character, 'character');
  const has = Object.hasOwn(event.effects, character);
  if (op.effect === null && !has) {
    throw new EditError(`event ${JSON.stringify(op.eventId)} has no effect on ${JSON.stringify(character)} to remove`);
  }
  const value = op.effect === null ? undefined : checkEffect(op.effect, `effect on ${JSON.stringify(character)}`);
  const inverse: OpOf<'set-effect'> = { kind: 'set-effect', eventId: op.eventId, character, effect: has ? event.effects[character]! : null };
  return { story: withEvent(story, i, { ...event, effects: withEntry(event.effects, character, value) }), inverse };
}
