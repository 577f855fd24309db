import type { StoryIndex } from '../../analysis/story-index';
import { RELATIONSHIP_VALUES, type RelationshipValue } from '../../model/story';
import { Interner } from './interner';

/**
 * Who takes part in each event, where, and what each event's effects set, with characters,
 * locations and traits numbered, by event index; ranges are CSR: the entries of event i are
 * [xStart[i], xStart[i + 1]).
 */
export interface CastTable {
  /** Character id of each character number. */
  readonly characters: readonly string[];
  /** Distinct participants of each event. */
  readonly participantStart: Int32Array;
  readonly participant: Int32Array;
  /** Location number of each event, -1 when it has none. */
  readonly location: Int32Array;
  /** Duration of each event. */
  readonly duration: Float64Array;
  /** `effects[c].alive` settings: character and 1 (alive) or 0 (gone). */
  readonly aliveStart: Int32Array;
  readonly aliveCharacter: Int32Array;
  readonly aliveValue: Uint8Array;
  /** Name of each trait number. */
  readonly traitNames: readonly string[];
  /** `effects[c].traits[t]` settings: character, trait number, value. */
  readonly traitStart: Int32Array;
  readonly traitCharacter: Int32Array;
  readonly traitId: Int32Array;
  readonly traitValue: Float64Array;
  /** `effects[c].relationships[d]` settings: character c, other d, index of the value in RELATIONSHIP_VALUES. */
  readonly relationStart: Int32Array;
  readonly relationCharacter: Int32Array;
  readonly relationOther: Int32Array;
  readonly relationValue: Uint8Array;
}

const relationIndex = new Map<string, number>(RELATIONSHIP_VALUES.map((v, i) => [v, i]));
const NEUTRAL = relationIndex.get('neutral')!;

/** The relationship value stored as `relationValue[k]`. */
export function relationshipValue(code: number): RelationshipValue {
  return RELATIONSHIP_VALUES[code]!;
}

const tables = new WeakMap<StoryIndex, CastTable>();

/**
 * The cast table of an indexed story, built on first use and shared by the character rules of the
 * same analysis, which then walk the timeline over compact typed arrays instead of chasing event
 * objects, their participants and their effects once per rule. The pass goes in file order, the
 * order in which a loaded story's objects sit in memory: a pass in time order over a file that is
 * not chronological costs several times more in cache misses.
 */
export function castTable(ix: StoryIndex): CastTable {
  const cached = tables.get(ix);
  if (cached !== undefined) return cached;
  const n = ix.n;
  const characters = new Interner();
  const locations = new Interner();
  const traits = new Interner();
  const participantStart = new Int32Array(n + 1);
  const participant: number[] = [];
  const location = new Int32Array(n);
  const duration = new Float64Array(n);
  const aliveStart = new Int32Array(n + 1);
  const aliveCharacter: number[] = [];
  const aliveValue: number[] = [];
  const traitStart = new Int32Array(n + 1);
  const traitCharacter: number[] = [];
  const traitId: number[] = [];
  const traitValue: number[] = [];
  const relationStart = new Int32Array(n + 1);
  const relationCharacter: number[] = [];
  const relationOther: number[] = [];
  const relationValue: number[] = [];

  for (let i = 0; i < n; i++) {
    const e = ix.events[i]!;
    const first = participant.length;
    const participants = e.participants;
    for (let k = 0; k < participants.length; k++) {
      const id = characters.id(participants[k]!);
      // A character listed twice is one participant; lists are short, so a scan beats a set.
      if (participant.indexOf(id, first) < 0) participant.push(id);
    }
    participantStart[i + 1] = participant.length;
    location[i] = e.location === undefined ? -1 : locations.id(e.location);
    duration[i] = e.duration;

    const effects = e.effects;
    for (const c in effects) {
      const effect = effects[c]!;
      const who = characters.id(c);
      if (effect.alive !== undefined) {
        aliveCharacter.push(who);
        aliveValue.push(effect.alive ? 1 : 0);
      }
      const settings = effect.traits;
      if (settings !== undefined) {
        for (const t in settings) {
          traitCharacter.push(who);
          traitId.push(traits.id(t));
          traitValue.push(settings[t]!);
        }
      }
      const relationships = effect.relationships;
      if (relationships !== undefined) {
        for (const d in relationships) {
          relationCharacter.push(who);
          relationOther.push(characters.id(d));
          relationValue.push(relationIndex.get(relationships[d]!) ?? NEUTRAL);
        }
      }
    }
    aliveStart[i + 1] = aliveCharacter.length;
    traitStart[i + 1] = traitCharacter.length;
    relationStart[i + 1] = relationCharacter.length;
  }

  const table: CastTable = {
    characters: characters.names,
    participantStart,
    participant: Int32Array.from(participant),
    location,
    duration,
    aliveStart,
    aliveCharacter: Int32Array.from(aliveCharacter),
    aliveValue: Uint8Array.from(aliveValue),
    traitNames: traits.names,
    traitStart,
    traitCharacter: Int32Array.from(traitCharacter),
    traitId: Int32Array.from(traitId),
    traitValue: Float64Array.from(traitValue),
    relationStart,
    relationCharacter: Int32Array.from(relationCharacter),
    relationOther: Int32Array.from(relationOther),
    relationValue: Uint8Array.from(relationValue),
  };
  tables.set(ix, table);
  return table;
}
