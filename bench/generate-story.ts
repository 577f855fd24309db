import { DEFAULT_SCALES } from '../src/core/model/defaults';
import { LINK_KINDS, type Character, type Effect, type RelationshipValue, type Story, type StoryEvent, type StoryLink } from '../src/core/model/story';
import { createPrng, type Prng } from './prng';
import { ACTIONS, ALL_THEMES, AVOIDED_THEME, GROWTH_THEMES, RELATIONSHIPS, TRAITS } from './story-vocabulary';

export interface GenerateOptions {
  readonly events: number;
  readonly seed?: number;
  /** How many long causal chains the events are threaded on (depth is about events / chains). */
  readonly chains?: number;
  /**
   * `typical` (default): about 0.2 conflicts per event, a story in good shape.
   * `dense`: about 0.8 conflicts per event, what a designer has before fixing things
   * (many scale jumps, spikes, exited characters, contradictions, gaps).
   */
  readonly density?: Density;
}

export type Density = 'typical' | 'dense';

/** The probabilities that decide how many conflicts a generated story has. */
interface Knobs {
  /** Chance that a writer lets a dead character act anyway. */
  readonly forgetDead: number;
  readonly death: number;
  /** Chance that a growth theme leaps instead of drifting. */
  readonly growthLeap: number;
  /** Amplitude of the intensity random walk. */
  readonly intensityNoise: number;
  readonly intensityPeak: number;
  /** Chance that a chain keeps a scale two or more steps away from its predecessor. */
  readonly keepScaleJump: number;
  /** Chance that a candidate cross link is kept although it is a causal gap. */
  readonly keepGapLink: number;
  /** Chance that a candidate cross link is kept although it is a scale jump. */
  readonly keepJumpLink: number;
  /** Chance that an event carries one of the opposite themes of the story's custom pair. */
  readonly opposite: number;
}

const KNOBS: Readonly<Record<Density, Knobs>> = {
  typical: { forgetDead: 0.05, death: 0.004, growthLeap: 0.03, intensityNoise: 0.5, intensityPeak: 0.01, keepScaleJump: 0.1, keepGapLink: 0.04, keepJumpLink: 0.04, opposite: 0 },
  dense: { forgetDead: 0.6, death: 0.02, growthLeap: 0.3, intensityNoise: 0.9, intensityPeak: 0.03, keepScaleJump: 0.5, keepGapLink: 0.08, keepJumpLink: 0.5, opposite: 0.12 },
};

/** Share of events per scale, finest first. */
const SCALE_WEIGHTS = [0.6, 0.25, 0.1, 0.05] as const;
const WINDOWS = DEFAULT_SCALES.map((s) => s.window);
const GAP_FACTOR = 2;
/** Time units between consecutive events. */
const STEP = 0.25;
/** Casts and locations rotate every this many events, like episodes. */
const EPISODE = 200;
const CAST = 5;
/** Characters 0..PRINCIPALS-1 recur across the whole story, so their traits and relationships have histories. */
const PRINCIPALS = 12;

const round2 = (x: number): number => Math.round(x * 100) / 100;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function sampleScale(rng: Prng): number {
  let r = rng.next();
  for (let s = 0; s < SCALE_WEIGHTS.length; s++) {
    r -= SCALE_WEIGHTS[s]!;
    if (r < 0) return s;
  }
  return 0;
}

/** Mostly short hops (a scene follows from the last few scenes), sometimes far back. */
function sampleOffset(rng: Prng): number {
  const r = rng.next();
  if (r < 0.7) return rng.int(1, 8);
  if (r < 0.95) return rng.int(1, 200);
  return rng.int(1, 5000);
}

/** Mutable per-character state while walking forward in time. */
interface World {
  readonly dead: Uint8Array;
  readonly deadList: number[];
  readonly traitLevel: Map<string, number>;
  readonly relation: Map<string, RelationshipValue>;
  readonly growthLevel: Map<string, number>;
  intensity: number;
  readonly knobs: Knobs;
}

function chooseParticipants(rng: Prng, world: World, castBase: number, characters: number): number[] {
  const chosen = new Set<number>();
  const count = rng.int(1, 3);
  for (let k = 0; k < count; k++) {
    const c = rng.chance(0.85) ? (castBase + rng.int(0, CAST - 1)) % characters : rng.int(0, characters - 1);
    // Writers mostly remember who is dead; the 5% they forget become exited-character conflicts.
    if (world.dead[c] === 1 && !rng.chance(world.knobs.forgetDead)) continue;
    chosen.add(c);
  }
  return [...chosen];
}

function chooseThemes(rng: Prng, world: World): Record<string, number> {
  const themes: Record<string, number> = {};
  const count = rng.pick([0, 1, 1, 2, 2, 3]);
  for (let k = 0; k < count; k++) {
    const theme = rng.pick(ALL_THEMES);
    if (GROWTH_THEMES.includes(theme)) {
      // Growth themes drift slowly, with the occasional leap that theme-jump should flag.
      const prev = world.growthLevel.get(theme) ?? 0.3;
      const next = rng.chance(world.knobs.growthLeap) ? clamp01((world.knobs === KNOBS.dense ? Math.min(prev, 0.35) : prev) + 0.6) : clamp01(prev + (rng.next() - 0.5) * 0.4);
      const value = Math.max(0.01, round2(next));
      world.growthLevel.set(theme, value);
      themes[theme] = value;
    } else {
      themes[theme] = round2(0.1 + 0.9 * rng.next());
    }
  }
  // Typical stories draw nothing here, so they stay the same as before the knob existed.
  if (world.knobs.opposite > 0 && rng.chance(world.knobs.opposite)) themes[rng.chance(0.5) ? 'order' : 'chaos'] = round2(0.2 + 0.8 * rng.next());
  if (rng.chance(0.002)) themes[AVOIDED_THEME] = 0.5;
  return themes;
}

function chooseEffects(rng: Prng, world: World, participants: number[], characters: number): Record<string, Effect> {
  const effects = new Map<number, { alive?: boolean; traits?: Record<string, number>; relationships?: Record<string, RelationshipValue> }>();
  const effectOf = (c: number) => {
    let e = effects.get(c);
    if (!e) effects.set(c, (e = {}));
    return e;
  };
  if (participants.length > 0 && rng.chance(world.knobs.death)) {
    const c = participants[0]!;
    effectOf(c).alive = false;
    world.dead[c] = 1;
    world.deadList.push(c);
  }
  if (world.deadList.length > 0 && rng.chance(0.0008)) {
    const c = world.deadList.splice(rng.int(0, world.deadList.length - 1), 1)[0]!;
    if (world.dead[c] === 1) {
      world.dead[c] = 0;
      if (!participants.includes(c)) participants.push(c);
      effectOf(c).alive = true;
    }
  }
  if (participants.length > 0 && rng.chance(0.08)) {
    // A guest from outside the cast changes without anyone on stage to motivate it.
    const guest = rng.chance(0.3) ? rng.int(0, PRINCIPALS - 1) : -1;
    if (guest >= 0 && !participants.includes(guest)) participants.push(guest);
    const c = guest >= 0 ? guest : rng.pick(participants);
    const trait = rng.pick(TRAITS);
    const key = `${c}|${trait}`;
    const prev = world.traitLevel.get(key) ?? 0.5;
    const value = round2(rng.chance(0.3) ? rng.next() : clamp01(prev + (rng.next() - 0.5) * 0.4));
    world.traitLevel.set(key, value);
    effectOf(c).traits = { [trait]: value };
  }
  if (participants.length > 0 && rng.chance(0.04)) {
    const guest = rng.chance(0.3) ? rng.int(0, PRINCIPALS - 1) : -1;
    if (guest >= 0 && !participants.includes(guest)) participants.push(guest);
    const c = guest >= 0 ? guest : rng.pick(participants);
    const others = participants.filter((p) => p !== c);
    const d = guest >= 0 ? (guest + 1) % PRINCIPALS : others.length > 0 ? rng.pick(others) : (c + 1) % characters;
    const key = `${c}|${d}`;
    const prev = world.relation.get(key);
    const value = prev !== undefined && rng.chance(0.7) ? prev : rng.pick(RELATIONSHIPS);
    world.relation.set(key, value);
    effectOf(c).relationships = { [`c${d}`]: value };
  }
  const out: Record<string, Effect> = {};
  for (const [c, e] of effects) out[`c${c}`] = e;
  return out;
}

/** Intensity wanders around 0.35 with rare spikes; recovery scenes bring it down. */
function nextIntensity(rng: Prng, world: World, recovery: boolean): number {
  let v = world.intensity + (0.35 - world.intensity) * 0.2 + (rng.next() - 0.5) * world.knobs.intensityNoise;
  if (rng.chance(world.knobs.intensityPeak)) v = 0.9 + 0.1 * rng.next();
  if (recovery) v = Math.min(v, 0.25);
  world.intensity = clamp01(v);
  return round2(world.intensity);
}

/**
 * A deterministic story of `events` events for benchmarks: about three links per event,
 * a few long forward chains (thousands of links deep at 10k+) plus cross links, a few
 * backward links, cycles and self-loops, and every input the 15 rules read.
 * Events are generated in time order, then shuffled in the file so indexing does real sorting.
 */
export function generateStory(options: GenerateOptions): Story {
  const n = options.events;
  const rng = createPrng(options.seed ?? 20261121);
  const chains = options.chains ?? 4;
  const characters = Math.max(20, Math.floor(n / 10));
  const locations = Math.max(10, Math.floor(n / 40));
  const world: World = {
    dead: new Uint8Array(characters),
    deadList: [],
    traitLevel: new Map(),
    relation: new Map(),
    growthLevel: new Map(),
    intensity: 0.3,
    knobs: KNOBS[options.density ?? 'typical'],
  };
  const { knobs } = world;
  const scaleOf = new Int32Array(n);
  const timeOf = new Float64Array(n);
  const lastOfChain = new Int32Array(chains).fill(-1);
  const forcedBackward = new Set([Math.floor(n / 3), Math.floor((2 * n) / 3)]);
  const events: StoryEvent[] = [];
  const links: StoryLink[] = [];
  const link = (from: number, to: number): void => {
    links.push({
      id: `l${links.length}`,
      from: `e${from}`,
      to: `e${to}`,
      strength: round2(0.3 + 0.7 * rng.next()),
      kind: rng.pick(LINK_KINDS),
    });
  };

  for (let i = 0; i < n; i++) {
    const chain = rng.chance(0.9) ? i % chains : rng.int(0, chains - 1);
    const pred = lastOfChain[chain]!;
    lastOfChain[chain] = i;
    let scale = sampleScale(rng);
    // Chains keep to neighbouring scales most of the time; the rest are scale jumps.
    if (pred >= 0 && Math.abs(scale - scaleOf[pred]!) >= 2 && rng.chance(1 - world.knobs.keepScaleJump)) {
      scale = scaleOf[pred]! + (scale > scaleOf[pred]! ? 1 : -1);
    }
    scaleOf[i] = scale;
    timeOf[i] = i > 0 && rng.chance(0.02) ? timeOf[i - 1]! : i * STEP;

    const episode = Math.floor(i / EPISODE);
    const group = episode * chains + chain;
    const participants = chooseParticipants(rng, world, group * CAST, characters);
    const effects = chooseEffects(rng, world, participants, characters);
    const recovery = rng.chance(0.06);
    const tags: string[] = [];
    if (recovery) tags.push('recovery');
    if (scale >= 1 && (pred < 0 || rng.chance(0.03)) && rng.chance(0.7)) tags.push('premise');
    if (rng.chance(0.1)) tags.push(`act${1 + Math.floor((3 * i) / n)}`);
    const location = rng.chance(0.7) ? `loc${(group * 3 + rng.int(0, 2)) % locations}` : undefined;
    events.push({
      id: `e${i}`,
      title: `${rng.pick(ACTIONS)} #${i}`,
      scale: DEFAULT_SCALES[scale]!.id,
      time: timeOf[i]!,
      duration: rng.chance(0.2) ? round2(rng.next() * 1.5) : 0,
      participants: participants.map((c) => `c${c}`),
      ...(location !== undefined ? { location } : {}),
      themes: chooseThemes(rng, world),
      intensity: nextIntensity(rng, world, recovery),
      tags,
      effects,
    });

    // A rare coarse event starts a thread of its own: no causes, and no premise tag to excuse it.
    const island = scale >= 1 && !tags.includes('premise') && rng.chance(0.01);
    if (pred >= 0 && !island) link(pred, i);
    for (let k = 0; k < (island ? 0 : 2); k++) {
      for (let attempt = 0; attempt < 6; attempt++) {
        const src = i - sampleOffset(rng);
        if (src < 0 || src === pred) continue;
        const gap = timeOf[i]! - timeOf[src]! > GAP_FACTOR * WINDOWS[scaleOf[src]!]!;
        const jump = Math.abs(scaleOf[src]! - scale) >= 2;
        // A few causal gaps and scale jumps are kept on purpose; most candidates are redrawn.
        // Typical stories draw once for either, as they always did.
        const keep = gap && jump ? Math.min(knobs.keepGapLink, knobs.keepJumpLink) : gap ? knobs.keepGapLink : knobs.keepJumpLink;
        if ((gap || jump) && !rng.chance(keep)) continue;
        link(src, i);
        break;
      }
    }
    // Backward links: a later event "causing" an earlier one, which closes small cycles.
    if (i > 12 && (forcedBackward.has(i) || rng.chance(0.001))) link(i, i - rng.int(1, 12));
    if (i === Math.floor(n / 2) || rng.chance(0.0002)) link(i, i);
  }

  for (let k = events.length - 1; k > 0; k--) {
    const j = rng.int(0, k);
    [events[k], events[j]] = [events[j]!, events[k]!];
  }
  // The last two characters stay undeclared: the loader declares them implicitly with a warning.
  const declared: Character[] = Array.from({ length: characters - 2 }, (_, c) => ({ id: `c${c}`, name: `Character ${c}` }));
  return {
    format: 'nao-story',
    version: 1,
    title: `Benchmark story (${n} events${options.density === 'dense' ? ', dense' : ''})`,
    scales: DEFAULT_SCALES,
    timeUnit: 'hour',
    characters: declared,
    themes: { opposites: [['order', 'chaos', ['change']]], growth: ['resilience'] },
    therapy: { avoid: [AVOIDED_THEME], goals: ['healing', 'trust'] },
    events,
    links,
  };
}
