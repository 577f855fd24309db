import { CATEGORY_OF, type Conflict, type ConflictSubject } from '../analysis/conflict';
import { conflictId } from '../analysis/conflict-id';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';

/** A match kept between edits, with its order among the matches of its conflict (rule-scope.ts). */
export interface OrderedMatch {
  readonly match: Match;
  readonly order: number;
}

/** The identity detectConflicts merges on: type and event set. */
export function identityKey(type: string, events: readonly number[]): string {
  return type + '|' + [...events].sort((a, b) => a - b).join(',');
}

/**
 * One conflict from all the matches of one identity, as detectConflicts builds it: the first
 * match (in the rule's own order) gives the events' order, links are all of theirs in story
 * order, subjects all of theirs without repeats in the order found.
 */
export function mergeMatches(rule: Rule, matches: readonly OrderedMatch[], ix: StoryIndex): Conflict {
  const sorted = matches.length === 1 ? matches : [...matches].sort((a, b) => a.order - b.order);
  const events = sorted[0]!.match.events;
  const linkSet = new Set<number>();
  const subjectMap = new Map<string, ConflictSubject>();
  for (const { match } of sorted) {
    for (const j of match.links ?? []) linkSet.add(j);
    for (const s of match.subjects ?? []) subjectMap.set(JSON.stringify(s), s);
  }
  const links = [...linkSet].sort((a, b) => a - b);
  const subjects = [...subjectMap.values()];
  const merged: Match = { type: rule.type, events, links, subjects };
  const eventIds = events.map((i) => ix.events[i]!.id);
  const scaleIdxs = [...new Set(events.map((i) => ix.scaleIdx[i]!))].sort((a, b) => a - b);
  return {
    id: conflictId(rule.type, eventIds),
    type: rule.type,
    category: CATEGORY_OF[rule.type],
    severity: rule.severity,
    events: eventIds,
    links: links.map((j) => ix.links[j]!.id),
    scales: scaleIdxs.map((s) => ix.story.scales[s]!.id),
    message: rule.describe(merged, ix),
    subjects,
  };
}
