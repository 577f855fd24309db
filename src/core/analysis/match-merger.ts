import { CONFLICT_TYPES, type Conflict, type ConflictSubject, type ConflictType } from './conflict';
import { ConflictRecord, type RecordBatch } from './conflict-record';
import { scaleIdsOf } from './conflict-parts';
import { DetectedConflict } from './detected-conflict';
import type { Emit, Match, Rule } from './rule';
import type { StoryIndex } from './story-index';

export { scaleIdsOf } from './conflict-parts';

const EMPTY: readonly never[] = Object.freeze([]);
const TYPE_NUMBER = new Map<ConflictType, number>(CONFLICT_TYPES.map((t, k) => [t, k + 1]));

/**
 * Open-addressing table from (type number, lo, hi) to an entry number, for matches of one or
 * two events (hi = -1 for one): nearly every match, and no string or object per lookup.
 */
class PairTable {
  #keys: Int32Array;
  #values: Int32Array;
  #mask: number;
  #size = 0;

  constructor(capacity = 1024) {
    this.#keys = new Int32Array(capacity * 3);
    this.#values = new Int32Array(capacity);
    this.#mask = capacity - 1;
  }

  /** The entry stored under the key, or -1 after storing `value` under it. */
  findOrAdd(type: number, lo: number, hi: number, value: number): number {
    if ((this.#size + 1) * 2 > this.#mask + 1) this.#grow();
    const keys = this.#keys;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 1, 0x85ebca77) ^ Math.imul(type, 0xc2b2ae3d)) & this.#mask;
    for (;;) {
      const k = slot * 3;
      if (keys[k] === 0) {
        keys[k] = type;
        keys[k + 1] = lo;
        keys[k + 2] = hi;
        this.#values[slot] = value;
        this.#size++;
        return -1;
      }
      if (keys[k] === type && keys[k + 1] === lo && keys[k + 2] === hi) return this.#values[slot]!;
      slot = (slot + 1) & this.#mask;
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    const capacity = (this.#mask + 1) * 2;
    this.#keys = new Int32Array(capacity * 3);
    this.#values = new Int32Array(capacity);
    this.#mask = capacity - 1;
    this.#size = 0;
    for (let s = 0; s < values.length; s++) {
      if (keys[s * 3] !== 0) this.findOrAdd(keys[s * 3]!, keys[s * 3 + 1]!, keys[s * 3 + 2]!, values[s]!);
    }
  }
}

/** A length-prefixed field, so that joined fields never collide whatever text they hold. */
const field = (text: string): string => `${text.length}:${text}`;

/** A string equal for two subjects exactly when they hold the same data (what JSON.stringify keyed before, cheaper). */
export function subjectKey(s: ConflictSubject): string {
  switch (s.kind) {
    case 'character':
      return `c${field(s.character)}`;
    case 'trait':
      return `t${field(s.character)}${field(s.trait)}${String(s.from)}/${String(s.to)}`;
    case 'relationship':
      return `r${field(s.character)}${field(s.other)}${field(s.from)}${field(s.to)}`;
    case 'theme':
      return `h${field(s.theme)}`;
    case 'opposites':
      return `o${field(s.a)}${field(s.b)}${s.bridges.length}:${s.bridges.map(field).join('')}`;
  }
}

/** Subjects without repeats, first occurrence first. */
export function uniqueSubjects(subjects: readonly ConflictSubject[]): readonly ConflictSubject[] {
  if (subjects.length < 2) return subjects;
  const seen = new Map<string, ConflictSubject>();
  for (const s of subjects) seen.set(subjectKey(s), s);
  return seen.size === subjects.length ? subjects : [...seen.values()];
}

/** Link indices ascending without repeats; the given array when it already is. */
export function uniqueAscending(links: readonly number[]): readonly number[] {
  let ordered = true;
  for (let k = 1; k < links.length && ordered; k++) ordered = links[k - 1]! < links[k]!;
  if (ordered) return links;
  const sorted = Int32Array.from(links).sort();
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(sorted[k]!);
  return out;
}

/**
 * Merges the matches of rules into conflicts, one per identity (type, set of events), as
 * detectConflicts does: the first match of an identity gives the rule, the event order and
 * the conflict's place in the output; links and subjects are the union of all its matches.
 * Incremental analysis merges a subset of matches with it the same way.
 */
export class MatchMerger {
  readonly #ix: StoryIndex;
  readonly #pairs: PairTable;
  /** Identities of other sizes: type and sorted indices as a string. */
  readonly #longer = new Map<string, number>();
  readonly #rules: Rule[] = [];
  /** First match of each identity. */
  readonly #first: Match[] = [];
  /** Further matches of an identity, when there are any. */
  readonly #more = new Map<number, Match[]>();
  /** Scale id lists by (finer scale, coarser scale), shared between conflicts. */
  readonly #scaleLists = new Map<number, readonly string[]>();

  /** `expected`: about how many identities will be added (the table is sized for them up front). */
  constructor(ix: StoryIndex, expected = 0) {
    this.#ix = ix;
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#pairs = new PairTable(capacity);
  }

  /** An emit for `rule.detect` that adds each match. */
  emitterFor(rule: Rule): Emit {
    const type = TYPE_NUMBER.get(rule.type)!;
    return (match) => this.#add(rule, match, match.type === rule.type ? type : TYPE_NUMBER.get(match.type)!);
  }

  add(rule: Rule, match: Match): void {
    this.#add(rule, match, TYPE_NUMBER.get(match.type)!);
  }

  #add(rule: Rule, match: Match, type: number): void {
    const entry = this.#rules.length;
    const found = this.#find(match, type, entry);
    if (found < 0) {
      this.#rules.push(rule);
      this.#first.push(match);
      return;
    }
    const more = this.#more.get(found);
    if (more) more.push(match);
    else this.#more.set(found, [match]);
  }

  /** The entry of the match's identity, or -1 after reserving `entry` for it. */
  #find(match: Match, type: number, entry: number): number {
    const events = match.events;
    if (events.length === 1) return this.#pairs.findOrAdd(type, events[0]!, -1, entry);
    if (events.length === 2) {
      const a = events[0]!;
      const b = events[1]!;
      return a <= b ? this.#pairs.findOrAdd(type, a, b, entry) : this.#pairs.findOrAdd(type, b, a, entry);
    }
    // Three or more events (causal cycles), or none: few, so a string key is cheap enough.
    const key = `${type}|${Int32Array.from(events).sort().join(',')}`;
    const seen = this.#longer.get(key);
    if (seen !== undefined) return seen;
    this.#longer.set(key, entry);
    return -1;
  }

  /** Number of distinct identities added so far. */
  get size(): number {
    return this.#first.length;
  }

  /** One conflict per identity, in the order identities were first matched. */
  conflicts(): Conflict[] {
    const out: Conflict[] = new Array<Conflict>(this.#first.length);
    for (let e = 0; e < out.length; e++) {
      const first = this.#first[e]!;
      const more = this.#more.get(e);
      out[e] = new DetectedConflict(this.#ix, this.#rules[e]!, first.events, linksOf(first, more), subjectsOf(first, more), this.#scales(first.events));
    }
    return out;
  }

  /**
   * The same conflicts as ConflictRecords, whose texts are written when read: for a host that
   * prints the result once in this thread (see ConflictRecord).
   */
  records(): ConflictRecord[] {
    const out: ConflictRecord[] = new Array<ConflictRecord>(this.#first.length);
    const batch: RecordBatch = { ix: this.#ix, scaleLists: this.#scaleLists };
    for (let e = 0; e < out.length; e++) {
      const first = this.#first[e]!;
      const more = this.#more.get(e);
      out[e] = new ConflictRecord(batch, this.#rules[e]!, first.events, linksOf(first, more), subjectsOf(first, more));
    }
    return out;
  }

  #scales(events: readonly number[]): readonly string[] {
    return scaleIdsOf(this.#ix, events, this.#scaleLists);
  }
}

/** Link indices of all matches of one identity, ascending without repeats. */
function linksOf(first: Match, more: readonly Match[] | undefined): readonly number[] {
  if (more === undefined) return first.links === undefined || first.links.length === 0 ? EMPTY : uniqueAscending(first.links);
  return uniqueAscending([first, ...more].flatMap((m) => m.links ?? EMPTY));
}

/** Subjects of all matches of one identity, without repeats. */
function subjectsOf(first: Match, more: readonly Match[] | undefined): readonly ConflictSubject[] {
  if (more === undefined) return first.subjects === undefined || first.subjects.length === 0 ? EMPTY : uniqueSubjects(first.subjects);
  return uniqueSubjects([first, ...more].flatMap((m) => m.subjects ?? EMPTY));
}
