import type { Character, Scale, Story, TherapySettings, Thresholds } from '../model/story';
import { EditError } from './edit-error';
import { withEntry, type EditResult, type OpOf } from './edit-support';
import { checkFinite, checkString, checkUnit, show } from './edit-values';

/**
 * Edits of the story's settings: time unit, scales, declared characters, threshold and
 * therapy overrides. Every value is held to the ranges the loader accepts, so an edited
 * story always exports to a file that loads again.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const MIN_SCALES = 2;
export const MAX_SCALES = 8;

/** Renames the unit of `time` values ("hour", "day"). */
export function setTimeUnit(story: Story, op: OpOf<'set-time-unit'>): EditResult {
  const timeUnit = checkString(op.timeUnit, 'time unit');
  if (timeUnit.trim() === '') throw new EditError('time unit must not be empty');
  return { story: timeUnit === story.timeUnit ? story : { ...story, timeUnit }, inverse: { kind: 'set-time-unit', timeUnit: story.timeUnit } };
}

function checkScaleEntry(value: unknown, i: number): Scale {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EditError(`scale ${i + 1} must be an object, got ${show(value)}`);
  const s = value as Scale;
  const id = checkString(s.id, `scale ${i + 1} id`);
  if (id === '') throw new EditError(`scale ${i + 1} id must not be empty`);
  const window = checkFinite(s.window, `scale ${JSON.stringify(id)} window`);
  if (window <= 0) throw new EditError(`scale ${JSON.stringify(id)} window must be > 0, got ${window}`);
  if (s.label === undefined) return { id, window };
  return { id, label: checkString(s.label, `scale ${JSON.stringify(id)} label`), window };
}

const TITLES_SHOWN = 3;

/** "Scale "world" is used by 3 events ("A", "B", …)" for the first removed scale still in use. */
function checkScalesInUse(story: Story, kept: ReadonlySet<string>): void {
  const users = new Map<string, string[]>();
  for (const e of story.events) {
    if (kept.has(e.scale)) continue;
    const list = users.get(e.scale);
    if (list) list.push(e.title);
    else users.set(e.scale, [e.title]);
  }
  for (const [scale, titles] of users) {
    const shown = titles.slice(0, TITLES_SHOWN).map((t) => JSON.stringify(t.length > 40 ? `${t.slice(0, 39)}…` : t));
    const more = titles.length > TITLES_SHOWN ? ', …' : '';
    const noun = titles.length === 1 ? 'event' : 'events';
    throw new EditError(`Scale ${JSON.stringify(scale)} is used by ${titles.length} ${noun} (${shown.join(', ')}${more}); move them to another scale first`);
  }
}

/** Replaces the scale list as a whole: 2 to 8 scales, unique ids, windows > 0, every scale in use kept. */
export function setScales(story: Story, op: OpOf<'set-scales'>): EditResult {
  if (!Array.isArray(op.scales)) throw new EditError(`scales must be a list, got ${show(op.scales)}`);
  const scales = (op.scales as readonly unknown[]).map(checkScaleEntry);
  if (scales.length < MIN_SCALES || scales.length > MAX_SCALES) {
    throw new EditError(`a story has ${MIN_SCALES} to ${MAX_SCALES} scales, got ${scales.length}`);
  }
  const ids = new Set<string>();
  for (const s of scales) {
    if (ids.has(s.id)) throw new EditError(`scale id ${JSON.stringify(s.id)} is used twice`);
    ids.add(s.id);
  }
  checkScalesInUse(story, ids);
  return { story: { ...story, scales }, inverse: { kind: 'set-scales', scales: story.scales } };
}

function checkCharacter(value: unknown, i: number): Character {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new EditError(`character ${i + 1} must be an object, got ${show(value)}`);
  const c = value as Character;
  const id = checkString(c.id, `character ${i + 1} id`);
  return c.name === undefined ? { id } : { id, name: checkString(c.name, `character ${JSON.stringify(id)} name`) };
}

/** Replaces the declared characters; `undefined` removes the list. */
export function setCharacters(story: Story, op: OpOf<'set-characters'>): EditResult {
  const inverse: OpOf<'set-characters'> = { kind: 'set-characters', characters: story.characters };
  const next: Mutable<Story> = { ...story };
  if (op.characters === undefined) delete next.characters;
  else if (!Array.isArray(op.characters)) throw new EditError(`characters must be a list, got ${show(op.characters)}`);
  else next.characters = (op.characters as readonly unknown[]).map(checkCharacter);
  return { story: next, inverse };
}

const THRESHOLD_FIELDS: readonly (keyof Thresholds)[] = ['traitSwing', 'themeJump', 'gapFactor'];

function checkThreshold(field: keyof Thresholds, value: unknown): number {
  if (field === 'gapFactor') {
    // 0 is meaningful (any later effect is a gap), so only negatives are refused, as the loader does.
    const n = checkFinite(value, 'gap factor');
    if (n < 0) throw new EditError(`gap factor must be >= 0, got ${n}`);
    return n;
  }
  return checkUnit(value, field === 'traitSwing' ? 'trait swing threshold' : 'theme jump threshold');
}

/**
 * Sets (or, for `undefined`, removes) one key of an optional settings block; removing the
 * last key removes the block, so "no overrides" has one spelling.
 */
function setBlockEntry<K extends 'thresholds' | 'therapy'>(story: Story, block: K, key: string, value: unknown): Story {
  const current = (story[block] ?? {}) as Readonly<Record<string, unknown>>;
  if (value === undefined && !Object.hasOwn(current, key)) return story;
  const entries = withEntry(current, key, value);
  const next: Mutable<Story> = { ...story };
  if (Object.keys(entries).length === 0) delete next[block];
  else next[block] = entries as Story[K];
  return next;
}

/** Overrides one threshold; `undefined` goes back to the default. */
export function setThreshold(story: Story, op: OpOf<'set-threshold'>): EditResult {
  if (!THRESHOLD_FIELDS.includes(op.field)) throw new EditError(`unknown threshold ${show(op.field)} (known: ${THRESHOLD_FIELDS.join(', ')})`);
  const value = op.value === undefined ? undefined : checkThreshold(op.field, op.value);
  const inverse: OpOf<'set-threshold'> = { kind: 'set-threshold', field: op.field, value: story.thresholds?.[op.field] };
  return { story: setBlockEntry(story, 'thresholds', op.field, value), inverse };
}

const UNIT_THERAPY = new Map<keyof TherapySettings, string>([
  ['maxIntensity', 'maximum intensity'],
  ['peakIntensity', 'peak intensity'],
  ['recoveryIntensity', 'recovery intensity'],
  ['maxIntensityStep', 'maximum intensity step'],
]);

function checkTherapyValue(field: keyof TherapySettings, value: unknown): unknown {
  const unitLabel = UNIT_THERAPY.get(field);
  if (unitLabel !== undefined) return checkUnit(value, unitLabel);
  if (field === 'recoveryWithin') {
    if (!Number.isSafeInteger(value) || (value as number) < 0) throw new EditError(`recovery window must be a whole number >= 0, got ${show(value)}`);
    return value;
  }
  if (field === 'avoid' || field === 'goals') {
    if (!Array.isArray(value)) throw new EditError(`${field} must be a list of theme names, got ${show(value)}`);
    return (value as readonly unknown[]).map((v, i) => checkString(v, `${field}[${i}]`));
  }
  throw new EditError(`unknown therapy setting ${show(field)}`);
}

/** Sets one therapy setting; `undefined` goes back to the default, and the last one removes the profile. */
export function setTherapy(story: Story, op: OpOf<'set-therapy'>): EditResult {
  const value = op.value === undefined ? undefined : checkTherapyValue(op.field, op.value);
  const inverse = { kind: 'set-therapy', field: op.field, value: story.therapy?.[op.field] } as OpOf<'set-therapy'>;
  return { story: setBlockEntry(story, 'therapy', op.field, value), inverse };
}
