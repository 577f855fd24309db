import type { ConflictSubject } from '../analysis/conflict';
import { DetectedConflict, type KnownParts } from '../analysis/detected-conflict';
import { scaleIdsOf, uniqueAscending, uniqueSubjects } from '../analysis/match-merger';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';

/** A match kept between edits, with its order among the matches of its conflict (rule-scope.ts). */
export interface OrderedMatch {
  readonly match: Match;
  readonly order: number;
}

/** The identity detectConflicts merges on: type and event set. */
export function identityKey(type: string, events: readonly number[]): string {
  // One or two events (nearly every match): no array to copy and sort.
  if (events.length === 1) return `${type}|${events[0]!}`;
  if (events.length === 2) {
    const a = events[0]!;
    const b = events[1]!;
    return a <= b ? `${type}|${a},${b}` : `${type}|${b},${a}`;
  }
  // A typed sort: a loop can name most of a story's events.
  return type + '|' + Int32Array.from(events).sort().join(',');
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * One conflict from all the matches of one identity, as detectConflicts builds it: the first
 * match (in the rule's own order) gives the events' order, links are all of theirs in story
 * order, subjects all of theirs without repeats in the order found. The message is written on
 * first read (DetectedConflict); `scaleLists` shares scale lists between conflicts of one story.
 * `known`: the parts a conflict rebuilt for the same identity keeps (DetectedConflict), and
 * `scales` when its events did not change.
 */
export function mergeMatches(rule: Rule, matches: readonly OrderedMatch[], ix: StoryIndex, scaleLists: Map<number, readonly string[]>, known?: KnownParts, scales?: readonly string[]): DetectedConflict {
  const sorted = matches.length === 1 ? matches : [...matches].sort((a, b) => a.order - b.order);
  const first = sorted[0]!.match;
  let links: readonly number[];
  let subjects: readonly ConflictSubject[];
  if (sorted.length === 1) {
    links = first.links === undefined || first.links.length === 0 ? NONE : uniqueAscending(first.links);
    subjects = first.subjects === undefined || first.subjects.length === 0 ? NONE : uniqueSubjects(first.subjects);
  } else {
    links = uniqueAscending(sorted.flatMap(({ match }) => match.links ?? NONE));
    subjects = uniqueSubjects(sorted.flatMap(({ match }) => match.subjects ?? NONE));
  }
  return new DetectedConflict(ix, rule, first.events, links, subjects, scales ?? scaleIdsOf(ix, first.events, scaleLists), known);
}

/** Whether two matches say the same (events in the same order, links, subjects). */
export function sameMatch(a: Match, b: Match): boolean {
  const same = (x: readonly unknown[] | undefined, y: readonly unknown[] | undefined): boolean =>
    (x?.length ?? 0) === (y?.length ?? 0) && (x ?? []).every((v, k) => v === y![k]);
  if (a.type !== b.type || !same(a.events, b.events) || !same(a.links, b.links)) return false;
  const sa = a.subjects ?? [];
  const sb = b.subjects ?? [];
  return sa.length === sb.length && sa.every((s, k) => JSON.stringify(s) === JSON.stringify(sb[k]));
}
