import { CATEGORY_OF, CONFLICT_TYPES, type Conflict } from './conflict';
import { ConflictRecord } from './conflict-record';
import { DetectedConflict } from './detected-conflict';
import { hasTherapyProfile } from '../model/therapy-profile';
import type { StoryIndex } from './story-index';

export interface Scores {
  /** 1 = no structural conflicts; see docs/SCORES.md. */
  readonly coherence: number;
  /**
   * 1 = pacing, themes and goals fully aligned with the therapy settings; `null` = not
   * assessed, because the story has no therapy profile to align with (docs/SCORES.md).
   */
  readonly therapeuticAlignment: number | null;
}

/** How much of therapeuticAlignment a story that carries none of its goals loses. */
export const GOAL_WEIGHT = 0.5;

function clampSeverity(severity: number): number {
  return severity > 0 ? Math.min(1, severity) : 0;
}

/**
 * Conflicts deduplicated by id (a repeat keeps the higher severity) and sorted by id, so that
 * the scores do not depend on the order the rules happened to report them in
 * (floating-point products are order-sensitive).
 */
function canonical(conflicts: readonly Conflict[]): Conflict[] {
  const byId = new Map<string, Conflict>();
  for (const c of conflicts) {
    const seen = byId.get(c.id);
    if (!seen || clampSeverity(c.severity) > clampSeverity(seen.severity)) byId.set(c.id, c);
  }
  return [...byId.values()].sort(compareIds);
}

function compareIds(a: Conflict, b: Conflict): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The formula of damagedShare as written, over all conflicts at once: the fallback for ids that can collide. */
function damagedShareCanonical(ix: StoryIndex, conflicts: readonly Conflict[]): number {
  const intact = new Float64Array(ix.n).fill(1);
  for (const c of canonical(conflicts)) {
    const keep = 1 - clampSeverity(c.severity);
    for (const id of new Set(c.events)) {
      const i = ix.eventIndex.get(id);
      if (i !== undefined) intact[i] = intact[i]! * keep;
    }
  }
  let damaged = 0;
  for (let i = 0; i < ix.n; i++) damaged += 1 - intact[i]!;
  return Math.min(1, damaged / ix.n);
}

const plusInIds = new WeakMap<StoryIndex, boolean>();

/** Whether an event id of the story holds `+` (asked once per index: both scores ask). */
function idsHoldPlus(ix: StoryIndex): boolean {
  let plus = plusInIds.get(ix);
  if (plus === undefined) {
    plus = false;
    const events = ix.events;
    for (let i = 0; i < events.length && !plus; i++) plus = events[i]!.id.includes('+');
    plusInIds.set(ix, plus);
  }
  return plus;
}

/** The event indices of each conflict, and whether all of them are ConflictRecords of the index. */
interface Indexed {
  readonly eventsOf: (readonly number[])[];
  readonly records: boolean;
  /** All are records of one batch (ConflictRecord.batchOf): no two share an id. */
  readonly distinct: boolean;
}

/**
 * The event indices of each conflict, every id kept (["a", "a"] stays two), or undefined when
 * a conflict names an event the story does not have or an event id holds `+`: then two
 * different event sets can share an id, and only the formula over all ids is exact.
 */
function indicesOrUndefined(ix: StoryIndex, conflicts: readonly Conflict[]): Indexed | undefined {
  if (idsHoldPlus(ix)) return undefined;
  const eventsOf: (readonly number[])[] = new Array<readonly number[]>(conflicts.length);
  let records = true;
  const batch = conflicts.length > 0 ? ConflictRecord.batchOf(conflicts[0]!) : undefined;
  let distinct = batch !== undefined;
  for (let k = 0; k < conflicts.length; k++) {
    const c = conflicts[k]!;
    const record = ConflictRecord.eventIndices(c, ix);
    if (record !== undefined) {
      eventsOf[k] = record;
      if (distinct && ConflictRecord.batchOf(c) !== batch) distinct = false;
      continue;
    }
    records = false;
    const known = DetectedConflict.eventIndices(c, ix);
    if (known !== undefined) {
      eventsOf[k] = known;
      continue;
    }
    const events: number[] = [];
    for (const id of c.events) {
      const i = ix.eventIndex.get(id);
      if (i === undefined) return undefined;
      events.push(i);
    }
    eventsOf[k] = events;
  }
  return { eventsOf, records, distinct: distinct && records };
}

/**
 * Whether two ConflictRecords of this index, with event indices `ex` and `ey`, have the same
 * id, from their type and event ids, which the id is made of (no event id holds `+` here, so
 * the joined ids are equal exactly when the sorted lists are), without writing the ids.
 */
function sameRecordId(ix: StoryIndex, x: Conflict, y: Conflict, ex: readonly number[], ey: readonly number[]): boolean {
  if (x.type !== y.type) return false;
  if (ex.length > 2 || ey.length > 2) return x.id === y.id;
  if (ex.length !== ey.length) return false;
  const events = ix.events;
  if (ex.length === 1) return events[ex[0]!]!.id === events[ey[0]!]!.id;
  const a = events[ex[0]!]!.id;
  const b = events[ex[1]!]!.id;
  const c = events[ey[0]!]!.id;
  const d = events[ey[1]!]!.id;
  return (a === c && b === d) || (a === d && b === c);
}

/** Rank of each type's id prefix (`type:`) in code unit order: ids of different types compare as these. */
const ID_PREFIX_ORDER: Readonly<Record<string, number>> = Object.fromEntries(
  CONFLICT_TYPES.map((t) => `${t}:`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((prefix, k) => [prefix.slice(0, -1), k]),
);

/**
 * prod(1 - severity) over the records `naming[from .. from + count)` of one event in id order,
 * each id once, or undefined if two records of one type differ in severity. Ids of different
 * types are ordered by type; records of one type have one severity, so within a type every
 * order multiplies the same factors in the same sequence: ordering by type gives the id
 * order's product without writing ids. `scratch` is reused between events.
 */
function intactByType(
  ix: StoryIndex,
  conflicts: readonly Conflict[],
  eventsOf: readonly (readonly number[])[],
  ranks: Int32Array,
  distinct: boolean,
  naming: Int32Array,
  from: number,
  count: number,
  scratch: number[],
): number | undefined {
  // Insertion sort by type rank (stable; an event has a handful of conflicts).
  scratch.length = 0;
  for (let p = from; p < from + count; p++) {
    const k = naming[p]!;
    const rank = ranks[k]!;
    let q = scratch.length;
    scratch.push(k);
    while (q > 0 && ranks[scratch[q - 1]!]! > rank) {
      scratch[q] = scratch[q - 1]!;
      q--;
    }
    scratch[q] = k;
  }
  let intact = 1;
  for (let p = 0; p < scratch.length; p++) {
    const c = conflicts[scratch[p]!]!;
    let repeat = false;
    // Records of one batch never repeat an id; a type's severity is checked all the same.
    if (distinct) {
      if (p > 0 && ranks[scratch[p - 1]!] === ranks[scratch[p]!] && conflicts[scratch[p - 1]!]!.severity !== c.severity) return undefined;
      intact *= 1 - clampSeverity(c.severity);
      continue;
    }
    for (let q = p - 1; q >= 0 && !repeat; q--) {
      const d = conflicts[scratch[q]!]!;
      if (d.type !== c.type) break;
      if (d.severity !== c.severity) return undefined;
      repeat = sameRecordId(ix, d, c, eventsOf[scratch[q]!]!, eventsOf[scratch[p]!]!);
    }
    if (!repeat) intact *= 1 - clampSeverity(c.severity);
  }
  return intact;
}

/** Whether events[p] is the first occurrence of its value (one and two events without a search). */
function firstOccurrence(events: readonly number[], p: number): boolean {
  if (p === 0) return true;
  if (p === 1) return events[1] !== events[0];
  return events.indexOf(events[p]!) === p;
}

/**
 * Severity-weighted share of events hit by the given conflicts, in [0, 1]: the mean over all
 * events of 1 - prod(1 - severity) over the conflicts naming the event. One conflict in a big
 * story is a small dent; events hit by many severe conflicts count fully.
 *
 * The product runs in conflict id order, each id once (a repeat keeps the higher severity), so
 * the result does not depend on the order the rules reported the conflicts in. Conflicts with
 * equal ids name the same events, so repeats meet in the list of each of their events: ordering
 * and deduplicating each event's few conflicts gives exactly the product over all conflicts
 * sorted by id, without sorting them all.
 */
export function damagedShare(ix: StoryIndex, conflicts: readonly Conflict[]): number {
  if (ix.n === 0 || conflicts.length === 0) return 0;
  const indexed = indicesOrUndefined(ix, conflicts);
  if (indexed === undefined) return damagedShareCanonical(ix, conflicts);
  const { eventsOf, records, distinct } = indexed;
  const n = ix.n;
  const severity = new Float64Array(conflicts.length);
  // Each conflict's type rank in id order, looked up once rather than in every comparison.
  const ranks = new Int32Array(records ? conflicts.length : 0);
  if (records) for (let k = 0; k < conflicts.length; k++) ranks[k] = ID_PREFIX_ORDER[conflicts[k]!.type]!;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < conflicts.length; k++) {
    severity[k] = clampSeverity(conflicts[k]!.severity);
    const events = eventsOf[k]!;
    // An event named twice by one conflict counts once for it.
    for (let p = 0; p < events.length; p++) if (firstOccurrence(events, p)) start[events[p]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const naming = new Int32Array(start[n]!);
  for (let k = 0; k < conflicts.length; k++) {
    const events = eventsOf[k]!;
    for (let p = 0; p < events.length; p++) if (firstOccurrence(events, p)) naming[fill[events[p]!]!++] = k;
  }
  const scratch: number[] = [];
  let damaged = 0;
  const here: Conflict[] = [];
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const count = start[i + 1]! - from;
    if (count === 0) continue;
    const a = naming[from]!;
    if (count === 1) {
      damaged += 1 - (1 - severity[a]!);
      continue;
    }
    if (count === 2) {
      // Two factors multiply the same in either order; a repeated id counts once, at its higher severity.
      const b = naming[from + 1]!;
      const same =
        a === b ||
        (distinct ? false : records ? sameRecordId(ix, conflicts[a]!, conflicts[b]!, eventsOf[a]!, eventsOf[b]!) : conflicts[a]!.id === conflicts[b]!.id);
      damaged += 1 - (same ? 1 - Math.max(severity[a]!, severity[b]!) : (1 - severity[a]!) * (1 - severity[b]!));
      continue;
    }
    // Three or more: the order matters; sort this event's conflicts by id, a repeated id once at its highest severity.
    const byType = records ? intactByType(ix, conflicts, eventsOf, ranks, distinct, naming, from, count, scratch) : undefined;
    if (byType !== undefined) {
      damaged += 1 - byType;
      continue;
    }
    here.length = 0;
    for (let p = from; p < from + count; p++) here.push(conflicts[naming[p]!]!);
    here.sort(compareIds);
    let intact = 1;
    for (let p = 0; p < here.length; ) {
      let worst = clampSeverity(here[p]!.severity);
      let q = p + 1;
      for (; q < here.length && here[q]!.id === here[p]!.id; q++) worst = Math.max(worst, clampSeverity(here[q]!.severity));
      intact *= 1 - worst;
      p = q;
    }
    damaged += 1 - intact;
  }
  return Math.min(1, damaged / n);
}

/** Fraction of the therapy goals (themes) that at least one event carries; 1 when no goals are set. */
export function goalCoverage(ix: StoryIndex): number {
  const goals = [...new Set(ix.settings.therapy.goals)];
  if (goals.length === 0) return 1;
  const carried = goals.filter((g) => ix.events.some((e) => (e.themes[g] ?? 0) > 0));
  return carried.length / goals.length;
}

/**
 * The story's two scores (formulas in docs/SCORES.md): coherence from the structural
 * conflicts (causal, temporal, scale, character, thematic), therapeutic alignment from the
 * therapeutic conflicts and the coverage of the therapy goals. Both in [0, 1], never raised
 * by adding a conflict; alignment is `null` (not assessed) for a story without a therapy profile.
 */
export function computeScores(ix: StoryIndex, conflicts: readonly Conflict[]): Scores {
  const structural: Conflict[] = [];
  const therapeutic: Conflict[] = [];
  for (let k = 0; k < conflicts.length; k++) {
    const c = conflicts[k]!;
    if (CATEGORY_OF[c.type] === 'therapeutic') therapeutic.push(c);
    else structural.push(c);
  }
  const coherence = 1 - damagedShare(ix, structural);
  // Without a profile the defaults are nobody's limits: a score would claim an alignment never checked.
  if (!hasTherapyProfile(ix.story)) return { coherence, therapeuticAlignment: null };
  const pacing = 1 - damagedShare(ix, therapeutic);
  const therapeuticAlignment = pacing * (1 - GOAL_WEIGHT * (1 - goalCoverage(ix)));
  return { coherence, therapeuticAlignment };
}
