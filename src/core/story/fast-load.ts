import { defaultLinkId } from '../edits/ops';
import { DEFAULT_SCALES, DEFAULT_TIME_UNIT, EVENT_DEFAULTS, LINK_DEFAULTS } from '../model/defaults';
import {
  LINK_KINDS,
  RELATIONSHIP_VALUES,
  type Character,
  type DismissedEntry,
  type Effect,
  type LinkKind,
  type Note,
  type OppositePairSpec,
  type RelationshipValue,
  type Scale,
  type Story,
  type StoryEvent,
  type StoryLink,
  type TherapySettings,
  type ThemeSettingsSpec,
  type Thresholds,
} from '../model/story';
import { setOwn } from '../model/own-entries';
import { MAX_SCALES, MIN_SCALES } from './story-schema';

/**
 * The fast path of loadStory: zod takes about a second on a 100k-event file, a direct
 * pass a few tens of milliseconds. This builds the story only when the input is valid
 * beyond doubt; on any doubt it gives up (null) and loadStory runs the zod schema and
 * the cross-checks, which are the reference and produce the error messages. It is
 * never more lenient than the schema (a property test compares both paths).
 */

/** Thrown inside this module to abandon the fast path; never escapes it. */
const GIVE_UP = Symbol('give up');

type Obj = Readonly<Record<string, unknown>>;

function obj(v: unknown): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw GIVE_UP;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw GIVE_UP;
  return v as Obj;
}

function arr(v: unknown): readonly unknown[] {
  if (!Array.isArray(v)) throw GIVE_UP;
  return v;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw GIVE_UP;
  return v;
}

function num(v: unknown, min: number, max: number, minExclusive = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (minExclusive && v === min)) throw GIVE_UP;
  return v;
}

const unit = (v: unknown): number => num(v, 0, 1);
const nonNegative = (v: unknown): number => num(v, 0, Infinity);

// Valid arrays and maps of the input are adopted rather than copied: on a 100k-event
// file the copies were a third of the peak memory. The story treats them as read-only,
// so the caller must not mutate the value it passed to loadStory afterwards.
function strings(v: unknown): string[] {
  const list = arr(v);
  for (let i = 0; i < list.length; i++) str(list[i]);
  return list as string[];
}

/** Adopts a JSON object whose values all pass `check` (and are returned unchanged by it). */
function record<T>(v: unknown, check: (x: unknown) => T): Record<string, T> {
  const input = obj(v);
  // An own "__proto__" key (JSON.parse makes one) is ordinary data here: it is adopted as it is.
  for (const key in input) check(input[key]);
  return input as Record<string, T>;
}

/** Copies a JSON object through `build`, for values the loader normalises (effects). */
function recordOf<T>(v: unknown, build: (x: unknown) => T): Record<string, T> {
  const input = obj(v);
  const out: Record<string, T> = {};
  for (const key in input) setOwn(out, key, build(input[key]));
  return out;
}

function oneOf<T extends string>(values: readonly T[]): (v: unknown) => T {
  return (v) => {
    if (!values.includes(v as T)) throw GIVE_UP;
    return v as T;
  };
}
const relationship = oneOf<RelationshipValue>(RELATIONSHIP_VALUES);
const linkKind = oneOf<LinkKind>(LINK_KINDS);

/** Sets `out[key] = check(value)` unless value is undefined (absent stays absent). */
function opt<T, K extends string>(out: Partial<Record<K, T>>, key: K, value: unknown, check: (x: unknown) => T): void {
  if (value !== undefined) out[key] = check(value);
}

function scale(v: unknown): Scale {
  const s = obj(v);
  const out: { id: string; label?: string; window: number } = { id: str(s['id']), window: 0 };
  opt(out, 'label', s['label'], str);
  out.window = num(s['window'], 0, Infinity, true);
  return out;
}

function character(v: unknown): Character {
  const c = obj(v);
  const out: { id: string; name?: string } = { id: str(c['id']) };
  opt(out, 'name', c['name'], str);
  return out;
}

function oppositePair(v: unknown): OppositePairSpec {
  const p = arr(v);
  if (p.length !== 3) throw GIVE_UP;
  return [str(p[0]), str(p[1]), strings(p[2])];
}

function themeSettings(v: unknown): ThemeSettingsSpec {
  const t = obj(v);
  const out: { opposites?: OppositePairSpec[]; growth?: string[] } = {};
  opt(out, 'opposites', t['opposites'], (x) => arr(x).map(oppositePair));
  opt(out, 'growth', t['growth'], strings);
  return out;
}

function thresholds(v: unknown): Partial<Thresholds> {
  const t = obj(v);
  const out: Partial<Record<keyof Thresholds, number>> = {};
  opt(out, 'traitSwing', t['traitSwing'], unit);
  opt(out, 'themeJump', t['themeJump'], unit);
  opt(out, 'gapFactor', t['gapFactor'], nonNegative);
  return out;
}

function therapy(v: unknown): Partial<TherapySettings> {
  const t = obj(v);
  const out: { -readonly [K in keyof TherapySettings]?: TherapySettings[K] } = {};
  opt(out, 'maxIntensity', t['maxIntensity'], unit);
  opt(out, 'peakIntensity', t['peakIntensity'], unit);
  opt(out, 'recoveryWithin', t['recoveryWithin'], (x) => {
    if (!Number.isSafeInteger(x) || (x as number) < 0) throw GIVE_UP;
    return x as number;
  });
  opt(out, 'recoveryIntensity', t['recoveryIntensity'], unit);
  opt(out, 'maxIntensityStep', t['maxIntensityStep'], unit);
  opt(out, 'avoid', t['avoid'], strings);
  opt(out, 'goals', t['goals'], strings);
  return out;
}

function effect(v: unknown): Effect {
  const e = obj(v);
  const out: { alive?: boolean; traits?: Record<string, number>; relationships?: Record<string, RelationshipValue> } = {};
  opt(out, 'alive', e['alive'], (x) => {
    if (typeof x !== 'boolean') throw GIVE_UP;
    return x;
  });
  opt(out, 'traits', e['traits'], (x) => record(x, unit));
  opt(out, 'relationships', e['relationships'], (x) => record(x, relationship));
  return out;
}

function storyEvent(v: unknown): StoryEvent {
  const e = obj(v);
  const out: { -readonly [K in keyof StoryEvent]: StoryEvent[K] } = {
    id: str(e['id']),
    title: str(e['title']),
    scale: str(e['scale']),
    time: num(e['time'], -Infinity, Infinity),
    duration: e['duration'] === undefined ? EVENT_DEFAULTS.duration : nonNegative(e['duration']),
    participants: e['participants'] === undefined ? [] : strings(e['participants']),
    themes: {},
    intensity: EVENT_DEFAULTS.intensity,
    tags: [],
    effects: {},
  };
  if (e['location'] !== undefined) out.location = str(e['location']);
  if (e['themes'] !== undefined) out.themes = record(e['themes'], unit);
  if (e['intensity'] !== undefined) out.intensity = unit(e['intensity']);
  if (e['tags'] !== undefined) out.tags = strings(e['tags']);
  if (e['effects'] !== undefined) out.effects = recordOf(e['effects'], effect);
  if (e['notes'] !== undefined) out.notes = str(e['notes']);
  return out;
}

function storyLink(v: unknown): StoryLink {
  const l = obj(v);
  const from = str(l['from']);
  const to = str(l['to']);
  return {
    id: l['id'] === undefined ? defaultLinkId(from, to) : str(l['id']),
    from,
    to,
    strength: l['strength'] === undefined ? LINK_DEFAULTS.strength : unit(l['strength']),
    kind: l['kind'] === undefined ? LINK_DEFAULTS.kind : linkKind(l['kind']),
  };
}

function optionalStrings(source: Obj, out: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) opt(out, key, source[key], str);
}

function dismissedEntry(v: unknown): DismissedEntry {
  const d = obj(v);
  const out: Record<string, unknown> = { id: str(d['id']) };
  optionalStrings(d, out, ['note', 'by', 'at']);
  return out as unknown as DismissedEntry;
}

function note(v: unknown): Note {
  const n = obj(v);
  const out: Record<string, unknown> = { id: str(n['id']), text: str(n['text']) };
  optionalStrings(n, out, ['author', 'at', 'event', 'conflict']);
  opt(out, 'resolved', n['resolved'], (x) => {
    if (typeof x !== 'boolean') throw GIVE_UP;
    return x;
  });
  return out as unknown as Note;
}

function uniqueIds(list: readonly { readonly id: string }[] | undefined): boolean {
  return list === undefined || new Set(list.map((x) => x.id)).size === list.length;
}

/** The references the cross-checks verify: unique ids, declared scales, existing link ends. */
function consistent(story: Story): boolean {
  if (!uniqueIds(story.dismissed) || !uniqueIds(story.notes)) return false;
  // At most 8 scales: a list scan beats hashing every event's scale.
  const scales = story.scales.map((s) => s.id);
  if (new Set(scales).size !== scales.length) return false;
  const events = new Set<string>();
  for (const e of story.events) {
    if (events.has(e.id) || !scales.includes(e.scale)) return false;
    events.add(e.id);
  }
  const links = new Set<string>();
  for (const l of story.links) {
    if (links.has(l.id) || !events.has(l.from) || !events.has(l.to)) return false;
    links.add(l.id);
  }
  return true;
}

function build(root: Obj): Story {
  if (root['format'] !== 'nao-story' || root['version'] !== 1) throw GIVE_UP;
  const title = str(root['title']);
  if (title.length === 0) throw GIVE_UP;
  let scales: Scale[];
  if (root['scales'] === undefined) scales = DEFAULT_SCALES.map((s) => ({ ...s }));
  else {
    scales = arr(root['scales']).map(scale);
    if (scales.length < MIN_SCALES || scales.length > MAX_SCALES) throw GIVE_UP;
  }
  const story: { -readonly [K in keyof Story]: Story[K] } = {
    format: 'nao-story',
    version: 1,
    title,
    scales,
    timeUnit: root['timeUnit'] === undefined ? DEFAULT_TIME_UNIT : str(root['timeUnit']),
    events: [],
    links: [],
  };
  opt(story, 'characters', root['characters'], (x) => arr(x).map(character));
  opt(story, 'themes', root['themes'], themeSettings);
  opt(story, 'thresholds', root['thresholds'], thresholds);
  opt(story, 'therapy', root['therapy'], therapy);
  story.events = arr(root['events']).map(storyEvent);
  story.links = arr(root['links']).map(storyLink);
  opt(story, 'dismissed', root['dismissed'], (x) => arr(x).map(dismissedEntry));
  opt(story, 'notes', root['notes'], (x) => arr(x).map(note));
  if (root['extra'] !== undefined) {
    const extra = record(root['extra'], (x) => x);
    if (Object.keys(extra).length > 0) story.extra = extra;
  }
  return story;
}

/** Builds the story directly when `root` is a valid story file; null when anything is doubtful. */
export function fastLoad(root: unknown): Story | null {
  try {
    const story = build(obj(root));
    return consistent(story) ? story : null;
  } catch (thrown) {
    if (thrown === GIVE_UP) return null;
    throw thrown;
  }
}
