import { CATEGORY_OF, type Conflict } from './conflict';
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

/** The story's events a conflict names, each once, as indices (unknown ids skipped). */
function eventIndicesOf(ix: StoryIndex, c: Conflict): readonly number[] {
  const known = DetectedConflict.eventIndices(c, ix);
  const events = known ?? c.events.map((id) => ix.eventIndex.get(id) ?? -1);
  if (events.length === 1 && events[0]! >= 0) return events;
  if (events.length === 2 && events[0] !== events[1] && events[0]! >= 0 && events[1]! >= 0) return events;
  return [...new Set(events)].filter((i) => i >= 0);
}

/** Whether two different event sets of one type can share an id: only when an event id holds the separator. */
function idsCanCollide(ix: StoryIndex, conflicts: readonly Conflict[]): boolean {
  if (ix.events.some((e) => e.id.includes('+'))) return true;
  return conflicts.some((c) => DetectedConflict.eventIndices(c, ix) === undefined && c.events.some((id) => id.includes('+')));
}

/**
 * Severity-weighted share of events hit by the given conflicts, in [0, 1]: the mean over all
 * events of 1 - prod(1 - severity) over the conflicts naming the event. One conflict in a big
 * story is a small dent; events hit by many severe conflicts count fully.
 *
 * The product runs in conflict id order, each id once (a repeat keeps the higher severity), so
 * the result does not depend on the order the rules reported the conflicts in. Equal ids mean
 * equal event sets (unless an event id contains `+`), so repeats meet in the list of each of
 * their events: ordering and deduplicating each event's few conflicts gives exactly the
 * product over all conflicts sorted by id, without sorting them all.
 */
export function damagedShare(ix: StoryIndex, conflicts: readonly Conflict[]): number {
  if (ix.n === 0) return 0;
  if (conflicts.length === 0) return 0;
  if (idsCanCollide(ix, conflicts)) return damagedShareCanonical(ix, conflicts);
  const n = ix.n;
  const eventsOf = conflicts.map((c) => eventIndicesOf(ix, c));
  const start = new Int32Array(n + 1);
  for (const events of eventsOf) for (const i of events) start[i + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const naming = new Int32Array(start[n]!);
  eventsOf.forEach((events, k) => {
    for (const i of events) naming[fill[i]!++] = k;
  });
  let damaged = 0;
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const count = start[i + 1]! - from;
    if (count === 0) continue;
    const a = conflicts[naming[from]!]!;
    if (count === 1) {
      damaged += 1 - (1 - clampSeverity(a.severity));
      continue;
    }
    if (count === 2) {
      // Two factors multiply the same in either order.
      const b = conflicts[naming[from + 1]!]!;
      const intact = a.id === b.id ? 1 - Math.max(clampSeverity(a.severity), clampSeverity(b.severity)) : (1 - clampSeverity(a.severity)) * (1 - clampSeverity(b.severity));
      damaged += 1 - intact;
      continue;
    }
    const here: Conflict[] = [];
    for (let p = from; p < from + count; p++) here.push(conflicts[naming[p]!]!);
    let intact = 1;
    for (const c of canonical(here)) intact *= 1 - clampSeverity(c.severity);
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
  const structural = conflicts.filter((c) => CATEGORY_OF[c.type] !== 'therapeutic');
  const coherence = 1 - damagedShare(ix, structural);
  // Without a profile the defaults are nobody's limits: a score would claim an alignment never checked.
  if (!hasTherapyProfile(ix.story)) return { coherence, therapeuticAlignment: null };
  const therapeutic = conflicts.filter((c) => CATEGORY_OF[c.type] === 'therapeutic');
  const pacing = 1 - damagedShare(ix, therapeutic);
  const therapeuticAlignment = pacing * (1 - GOAL_WEIGHT * (1 - goalCoverage(ix)));
  return { coherence, therapeuticAlignment };
}
