import { defaultLinkId } from '../edits/ops';
import { DEFAULT_SCALES, DEFAULT_TIME_UNIT, EVENT_DEFAULTS, LINK_DEFAULTS } from '../model/defaults';
import { LINK_KINDS, RELATIONSHIP_VALUES, type Effect, type LinkKind, type RelationshipValue, type Scale, type Story, type StoryEvent, type StoryLink } from '../model/story';
import { hasRepeatedId, positionsOf } from '../model/id-positions';
import { handOverLoadedIds } from '../model/loaded-ids';
import { KNOWN_KEYS, MAX_SCALES, MIN_SCALES } from './story-schema';
import { arr, GIVE_UP, isUnit, obj, oneOf, opt, record, recordOf, str, stringList, unitRecord, type Obj } from './fast-checks';
import { character, dismissedEntry, note, scale, themeSettings, therapy, thresholds, uniqueIds } from './fast-sections';

/**
 * The fast path of loadStory: zod takes about a second on a 100k-event file, a direct
 * pass a few tens of milliseconds. This builds the story only when the input is valid
 * beyond doubt; on any doubt it gives up (null) and loadStory runs the zod schema and
 * the cross-checks, which are the reference and produce the error messages. It is
 * never more lenient than the schema (a property test compares both paths).
 */

const relationship = oneOf<RelationshipValue>(RELATIONSHIP_VALUES);

/** Set when an event, effect or link may hold a key the format does not define. */
let otherKeys = false;

/**
 * Whether events, effects and links are checked for keys the format does not define (and copied
 * without them). Off for a host that only reads the story's defined fields once (fastLoad's
 * `readOnly`): walking every object's keys is about a quarter of a one-shot load.
 */
let checkKeys = true;

/** Set by keyCount: the keys came in the order given (a subsequence of it), and `o` is a plain object. */
let inOrder = false;

/**
 * The number of keys of `o` as the unknown-key walker sees them (for-in), and in `inOrder`
 * whether they follow `order`. Compared with the number of defined keys the fast path read,
 * a count says whether the walker has anything to report; counting is cheaper than naming.
 */
function keyCount(o: Obj, order: readonly string[]): number {
  let keys = 0;
  let at = 0;
  let ordered = Object.getPrototypeOf(o) === Object.prototype;
  for (const key in o) {
    keys++;
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) ordered = false;
  }
  inOrder = ordered;
  return keys;
}

// A loaded event, effect or link is built with the keys the loader reads, in the format's
// order. An input object that already is exactly that (what export writes: every field,
// defaults included) is adopted instead of copied: a 100k-event file has 400k of them.
const EVENT_KEYS = KNOWN_KEYS.event;
const EFFECT_KEYS = KNOWN_KEYS.effect;
const LINK_KEYS = KNOWN_KEYS.link;

/** An effect, and whether it is the input object itself. */
function effect(v: unknown): Effect {
  const e = obj(v);
  const alive = e['alive'];
  const traits = e['traits'];
  const relationships = e['relationships'];
  let known = 0;
  if (alive !== undefined) {
    if (typeof alive !== 'boolean') throw GIVE_UP;
    known++;
  }
  if (traits !== undefined) {
    unitRecord(traits);
    known++;
  }
  if (relationships !== undefined) {
    record(relationships, relationship);
    known++;
  }
  if (!checkKeys) return e as Effect;
  if (keyCount(e, EFFECT_KEYS) !== known) otherKeys = true;
  else if (inOrder) return e as Effect;
  const out: { alive?: boolean; traits?: Record<string, number>; relationships?: Record<string, RelationshipValue> } = {};
  if (alive !== undefined) out.alive = alive as boolean;
  if (traits !== undefined) out.traits = traits as Record<string, number>;
  if (relationships !== undefined) out.relationships = relationships as Record<string, RelationshipValue>;
  return out;
}

/** The effects map: the input's own when every effect is adopted, else a copy. */
function effects(v: unknown): Record<string, Effect> {
  const input = obj(v);
  let same = Object.getPrototypeOf(input) === Object.prototype;
  for (const key in input) if (effect(input[key]) !== input[key]) same = false;
  return same ? (input as Record<string, Effect>) : recordOf(input, effect);
}

/**
 * Checks one event and builds it with the format's defaults; `scales` are the declared scale ids.
 * Every value is checked before anything is built, so an event that is adopted (the usual case)
 * costs no copy at all.
 */
function storyEvent(v: unknown, scales: readonly string[], columns: EventColumns | undefined, i: number): StoryEvent {
  const e = obj(v);
  const scale = e['scale'];
  if (typeof scale !== 'string') throw GIVE_UP;
  const scaleAt = scales.indexOf(scale);
  if (scaleAt < 0) throw GIVE_UP;
  const durationIn = e['duration'];
  const participantsIn = e['participants'];
  const location = e['location'];
  const themesIn = e['themes'];
  const intensityIn = e['intensity'];
  const tagsIn = e['tags'];
  const effectsIn = e['effects'];
  const notes = e['notes'];
  const id = e['id'];
  const title = e['title'];
  const time = e['time'];
  // The checks of fast-checks.ts written out (see storyLink): num, nonNegative, unit, strings.
  if (typeof id !== 'string' || typeof title !== 'string' || !Number.isFinite(time)) throw GIVE_UP;
  if (columns !== undefined) {
    columns.scaleIdx[i] = scaleAt;
    columns.time[i] = time as number;
  }
  if (durationIn !== undefined && !(typeof durationIn === 'number' && durationIn >= 0 && durationIn < Infinity)) throw GIVE_UP;
  if (intensityIn !== undefined && !isUnit(intensityIn)) throw GIVE_UP;
  if ((location !== undefined && typeof location !== 'string') || (notes !== undefined && typeof notes !== 'string')) throw GIVE_UP;
  const participants = participantsIn === undefined ? [] : stringList(participantsIn);
  const themes = themesIn === undefined ? {} : unitRecord(themesIn);
  const tags = tagsIn === undefined ? [] : stringList(tagsIn);
  const effectsOut = effectsIn === undefined ? {} : effects(effectsIn);
  const duration = (durationIn as number | undefined) ?? EVENT_DEFAULTS.duration;
  const intensity = (intensityIn as number | undefined) ?? EVENT_DEFAULTS.intensity;
  // id, title, scale and time are required: the checks above threw if one was missing.
  let known = 4;
  let defaults = 0;
  if (durationIn !== undefined) known++;
  else defaults++;
  if (participantsIn !== undefined) known++;
  else defaults++;
  if (themesIn !== undefined) known++;
  else defaults++;
  if (intensityIn !== undefined) known++;
  else defaults++;
  if (tagsIn !== undefined) known++;
  else defaults++;
  if (effectsIn !== undefined) known++;
  else defaults++;
  if (location !== undefined) known++;
  if (notes !== undefined) known++;
  if (!checkKeys) {
    if (defaults === 0 && effectsOut === effectsIn) return e as unknown as StoryEvent;
  } else if (keyCount(e, EVENT_KEYS) !== known) otherKeys = true;
  else if (inOrder && defaults === 0 && effectsOut === effectsIn) return e as unknown as StoryEvent;
  const out: { -readonly [K in keyof StoryEvent]: StoryEvent[K] } = { id, title, scale, time: time as number, duration, participants, themes, intensity, tags, effects: effectsOut };
  if (location !== undefined) out.location = location;
  if (notes !== undefined) out.notes = notes;
  return out;
}

/**
 * A link that lacks some of its fields (or holds keys the format does not define), built with
 * the format's defaults; its values are checked already (storyLinks).
 */
function builtLink(l: Obj, from: string, to: string, idIn: unknown, strengthIn: unknown, kindIn: unknown): StoryLink {
  if (checkKeys && (idIn === undefined || strengthIn === undefined || kindIn === undefined)) {
    const known = 2 + (idIn === undefined ? 0 : 1) + (strengthIn === undefined ? 0 : 1) + (kindIn === undefined ? 0 : 1);
    if (keyCount(l, LINK_KEYS) !== known) otherKeys = true;
  }
  return {
    id: (idIn as string | undefined) ?? defaultLinkId(from, to),
    from,
    to,
    strength: (strengthIn as number | undefined) ?? LINK_DEFAULTS.strength,
    kind: (kindIn as LinkKind | undefined) ?? LINK_DEFAULTS.kind,
  };
}


/** Each event's scale index and time, as the index keeps them, written while the events are checked. */
interface EventColumns {
  readonly scaleIdx: Int32Array;
  readonly time: Float64Array;
}

/**
 * The events, with unique ids on declared scales, the id → index map built on the way, and, for
 * a story handed over to its first index, each event's scale index and time.
 */
function storyEvents(
  v: unknown,
  scales: readonly string[],
  handOver: boolean,
): { events: StoryEvent[]; eventIndex: ReadonlyMap<string, number>; columns: EventColumns | undefined } {
  const list = arr(v);
  const events: StoryEvent[] = new Array<StoryEvent>(list.length);
  const ids: string[] = new Array<string>(list.length);
  const columns = handOver ? { scaleIdx: new Int32Array(list.length), time: new Float64Array(list.length) } : undefined;
  for (let i = 0; i < list.length; i++) {
    const e = storyEvent(list[i], scales, columns, i);
    events[i] = e;
    ids[i] = e.id;
  }
  const eventIndex = positionsOf(ids);
  if (eventIndex === null) throw GIVE_UP;
  return { events, eventIndex, columns };
}

/** The links, with unique ids and both ends among the events, and each end's event index. */
function storyLinks(v: unknown, eventIndex: ReadonlyMap<string, number>): { links: StoryLink[]; linkFrom: Int32Array; linkTo: Int32Array } {
  const list = arr(v);
  const links: StoryLink[] = new Array<StoryLink>(list.length);
  const linkFrom = new Int32Array(list.length);
  const linkTo = new Int32Array(list.length);
  const ids: string[] = new Array<string>(list.length);
  // Each link is checked here and, when it already is what the loader builds (all five keys, in
  // the format's order: what export writes), adopted. The checks of fast-checks.ts are written
  // out: a one-shot `nao check` runs this loader once, in V8's baseline tier, where each call
  // (obj, isUnit, exactKeys, the link's own) costs about as much as the check it makes, and a
  // dense story has three links an event.
  for (let j = 0; j < list.length; j++) {
    const v = list[j];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw GIVE_UP;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw GIVE_UP;
    const l = v as Obj;
    const fromId = l['from'];
    const toId = l['to'];
    const idIn = l['id'];
    const strengthIn = l['strength'];
    const kindIn = l['kind'];
    if (typeof fromId !== 'string' || typeof toId !== 'string') throw GIVE_UP;
    if (idIn !== undefined && typeof idIn !== 'string') throw GIVE_UP;
    if (strengthIn !== undefined && !(typeof strengthIn === 'number' && strengthIn >= 0 && strengthIn <= 1)) throw GIVE_UP;
    if (kindIn !== undefined && !(LINK_KINDS as readonly unknown[]).includes(kindIn)) throw GIVE_UP;
    let link: StoryLink | undefined;
    if (idIn !== undefined && strengthIn !== undefined && kindIn !== undefined) {
      // exactKeys written out: adopted when the five keys are the only ones, in the format's order.
      if (!checkKeys) link = l as unknown as StoryLink;
      else {
        let keys = 0;
        let ordered = proto === Object.prototype;
        for (const key in l) {
          if (key !== LINK_KEYS[keys]) ordered = false;
          keys++;
        }
        if (keys !== LINK_KEYS.length) otherKeys = true;
        else if (ordered) link = l as unknown as StoryLink;
      }
    }
    link ??= builtLink(l, fromId, toId, idIn, strengthIn, kindIn);
    const from = eventIndex.get(fromId);
    const to = eventIndex.get(toId);
    if (from === undefined || to === undefined) throw GIVE_UP;
    ids[j] = link.id;
    linkFrom[j] = from;
    linkTo[j] = to;
    links[j] = link;
  }
  if (hasRepeatedId(ids)) throw GIVE_UP;
  return { links, linkFrom, linkTo };
}

function build(root: Obj, handOver: boolean): Story {
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
  // The cross-checks' references (unique ids, declared scales, existing link ends) are checked on the way.
  const ids = scales.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw GIVE_UP;
  const { events, eventIndex, columns } = storyEvents(root['events'], ids, handOver);
  const { links, linkFrom, linkTo } = storyLinks(root['links'], eventIndex);
  story.events = events;
  story.links = links;
  opt(story, 'dismissed', root['dismissed'], (x) => arr(x).map(dismissedEntry));
  opt(story, 'notes', root['notes'], (x) => arr(x).map(note));
  if (root['extra'] !== undefined) {
    const extra = record(root['extra'], (x) => x);
    if (Object.keys(extra).length > 0) story.extra = extra;
  }
  if (!uniqueIds(story.dismissed) || !uniqueIds(story.notes)) throw GIVE_UP;
  if (columns !== undefined) handOverLoadedIds(links, { events, eventIndex, linkFrom, linkTo, ...columns });
  return story;
}

/** A story the fast path built, and whether its events, effects and links hold only keys the format defines. */
export interface FastLoaded {
  readonly story: Story;
  /** False when that is not known (`readOnly`). */
  readonly onlyKnownKeysInBulk: boolean;
}

/**
 * Builds the story directly when `root` is a valid story file; null when anything is doubtful.
 * `handOver`: leave the id map and link ends for the first index built over the story.
 * `readOnly`: events, effects and links are adopted with any keys the format does not define
 * (they are validated all the same), for a host that reads their defined fields and drops the
 * story (`nao check --json`); the story is then not fit to be kept, edited or written back.
 */
export function fastLoad(root: unknown, handOver = false, readOnly = false): FastLoaded | null {
  otherKeys = false;
  checkKeys = !readOnly;
  try {
    const story = build(obj(root), handOver);
    return { story, onlyKnownKeysInBulk: !otherKeys && !readOnly };
  } catch (thrown) {
    if (thrown === GIVE_UP) return null;
    throw thrown;
  }
}
