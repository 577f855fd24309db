import {
  LINK_KINDS,
  RELATIONSHIP_VALUES,
  type Effect,
  type LinkKind,
  type RelationshipValue,
  type Story,
  type StoryEvent,
  type StoryLink,
} from '../model/story';
import { EditError } from './edit-error';
import { positionOf } from './edit-support';

/**
 * Value checks shared by the edit operations: an edit must leave a story that the
 * loader would accept, so every value is held to the ranges of story-format.md.
 */

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** A string, or an EditError naming `what`. */
export function checkString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new EditError(`${what} must be a string, got ${show(value)}`);
  return value;
}

/** A finite number, or an EditError naming `what`. */
export function checkFinite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new EditError(`${what} must be a finite number, got ${show(value)}`);
  return value;
}

/** A finite number >= 0. */
export function checkNonNegative(value: unknown, what: string): number {
  const n = checkFinite(value, what);
  if (n < 0) throw new EditError(`${what} must be >= 0, got ${n}`);
  return n;
}

/** A number in [0, 1] (intensities, strengths, theme and trait values). */
export function checkUnit(value: unknown, what: string): number {
  const n = checkFinite(value, what);
  if (n < 0 || n > 1) throw new EditError(`${what} must be in [0, 1], got ${n}`);
  return n;
}

/** A declared scale id. */
export function checkScale(story: Story, value: unknown): string {
  const scale = checkString(value, 'scale');
  if (!story.scales.some((s) => s.id === scale)) {
    throw new EditError(`unknown scale ${JSON.stringify(scale)} (the story's scales are ${story.scales.map((s) => s.id).join(', ')})`);
  }
  return scale;
}

/** A link kind. */
export function checkLinkKind(value: unknown): LinkKind {
  if (!LINK_KINDS.includes(value as LinkKind)) throw new EditError(`link kind must be one of ${LINK_KINDS.join(', ')}, got ${show(value)}`);
  return value as LinkKind;
}

/** An insertion position in a list of `length` items; `undefined` means the end. */
export function checkIndex(index: number | undefined, length: number, what: string): number {
  if (index === undefined) return length;
  if (!Number.isInteger(index) || index < 0 || index > length) {
    throw new EditError(`${what} index must be a whole number from 0 to ${length}, got ${show(index)}`);
  }
  return index;
}

/** The position of event `id`, or an EditError. */
export function eventIndexOf(story: Story, id: string): number {
  const i = positionOf(story.events, id);
  if (i < 0) throw new EditError(`unknown event id ${JSON.stringify(id)}`);
  return i;
}

/** The position of link `id`, or an EditError. */
export function linkIndexOf(story: Story, id: string): number {
  const i = story.links.findIndex((l) => l.id === id);
  if (i < 0) throw new EditError(`unknown link id ${JSON.stringify(id)}`);
  return i;
}

function checkRecord<T>(value: unknown, what: string, check: (v: unknown, what: string) => T): Record<string, T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EditError(`${what} must be an object, got ${show(value)}`);
  // fromEntries defines own properties, even "__proto__" (assignment would set the prototype).
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, check(v, `${what}.${key}`)]));
}

function checkStrings(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw new EditError(`${what} must be an array of strings, got ${show(value)}`);
  return value.map((v, i) => checkString(v, `${what}[${i}]`));
}

function checkRelationship(value: unknown, what: string): RelationshipValue {
  if (!RELATIONSHIP_VALUES.includes(value as RelationshipValue)) {
    throw new EditError(`${what} must be one of ${RELATIONSHIP_VALUES.join(', ')}, got ${show(value)}`);
  }
  return value as RelationshipValue;
}

/** A valid effect, copied with its defined keys only. */
export function checkEffect(value: unknown, what: string): Effect {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EditError(`${what} must be an object, got ${show(value)}`);
  const e = value as Effect;
  const out: { alive?: boolean; traits?: Record<string, number>; relationships?: Record<string, RelationshipValue> } = {};
  if (e.alive !== undefined) {
    if (typeof e.alive !== 'boolean') throw new EditError(`${what}.alive must be true or false, got ${show(e.alive)}`);
    out.alive = e.alive;
  }
  if (e.traits !== undefined) out.traits = checkRecord(e.traits, `${what}.traits`, checkUnit);
  if (e.relationships !== undefined) out.relationships = checkRecord(e.relationships, `${what}.relationships`, checkRelationship);
  return out;
}

/** A complete, valid event for this story, copied with the format's keys only (spec order). */
export function checkEvent(story: Story, event: StoryEvent): StoryEvent {
  const out: { -readonly [K in keyof StoryEvent]: StoryEvent[K] } = {
    id: checkString(event.id, 'event id'),
    title: checkString(event.title, 'title'),
    scale: checkScale(story, event.scale),
    time: checkFinite(event.time, 'time'),
    duration: checkNonNegative(event.duration, 'duration'),
    participants: checkStrings(event.participants, 'participants'),
    themes: {},
    intensity: 0,
    tags: [],
    effects: {},
  };
  if (event.location !== undefined) out.location = checkString(event.location, 'location');
  out.themes = checkRecord(event.themes, 'themes', checkUnit);
  out.intensity = checkUnit(event.intensity, 'intensity');
  out.tags = checkStrings(event.tags, 'tags');
  out.effects = checkRecord(event.effects, 'effects', checkEffect);
  if (event.notes !== undefined) out.notes = checkString(event.notes, 'notes');
  return out;
}

/** A complete, valid link between existing events (`hasEvent`), copied with the format's keys only. */
export function checkLink(link: StoryLink, hasEvent: (id: string) => boolean): StoryLink {
  const id = checkString(link.id, 'link id');
  const from = checkString(link.from, 'link from');
  const to = checkString(link.to, 'link to');
  for (const end of [from, to]) {
    if (!hasEvent(end)) throw new EditError(`link ${JSON.stringify(id)} names a missing event ${JSON.stringify(end)}`);
  }
  return { id, from, to, strength: checkUnit(link.strength, 'link strength'), kind: checkLinkKind(link.kind) };
}
