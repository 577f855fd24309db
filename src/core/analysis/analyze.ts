import type { DismissedEntry, Story } from '../model/story';
import { CATEGORY_OF, type Conflict, type ConflictSubject } from './conflict';
import { conflictId } from './conflict-id';
import { splitByReview, type DismissedConflict } from './review';
import type { Match, Rule } from './rule';
import { RULES } from './rules-registry';
import { computeScores, type Scores } from './scores';
import { now } from './clock';
import { buildStoryIndex, type StoryIndex } from './story-index';

export interface AnalysisStats {
  readonly events: number;
  readonly links: number;
  /** Wall time of indexing plus all rules plus scores, in milliseconds. */
  readonly ms: number;
}

export interface AnalysisResult {
  /** Active conflicts: detected and not dismissed. Counts, scores and exit codes use these only. */
  readonly conflicts: readonly Conflict[];
  /** Detected conflicts the story dismisses, each with its entry (note, author, date). */
  readonly dismissed: readonly DismissedConflict[];
  /** Dismissed entries that match no current conflict: kept in the story, reported apart. */
  readonly stale: readonly DismissedEntry[];
  /** Scores of the active conflicts. */
  readonly scores: Scores;
  readonly stats: AnalysisStats;
}

interface Merged {
  rule: Rule;
  events: readonly number[];
  links: Set<number>;
  subjects: Map<string, ConflictSubject>;
}

function identityKey(type: string, events: readonly number[]): string {
  return type + '|' + [...events].sort((a, b) => a - b).join(',');
}

function toConflict(m: Merged, ix: StoryIndex): Conflict {
  const links = [...m.links].sort((a, b) => a - b);
  const subjects = [...m.subjects.values()];
  const match: Match = { type: m.rule.type, events: m.events, links, subjects };
  const eventIds = m.events.map((i) => ix.events[i]!.id);
  const scaleIdxs = [...new Set(m.events.map((i) => ix.scaleIdx[i]!))].sort((a, b) => a - b);
  return {
    id: conflictId(m.rule.type, eventIds),
    type: m.rule.type,
    category: CATEGORY_OF[m.rule.type],
    severity: m.rule.severity,
    events: eventIds,
    links: links.map((j) => ix.links[j]!.id),
    scales: scaleIdxs.map((s) => ix.story.scales[s]!.id),
    message: m.rule.describe(match, ix),
    subjects,
  };
}

/** Runs every rule over an indexed story and merges matches of the same identity. */
export function detectConflicts(ix: StoryIndex, rules: readonly Rule[] = RULES): Conflict[] {
  const merged = new Map<string, Merged>();
  for (const rule of rules) {
    rule.detect(ix, (match) => {
      const key = identityKey(match.type, match.events);
      let m = merged.get(key);
      if (!m) {
        m = { rule, events: match.events, links: new Set(), subjects: new Map() };
        merged.set(key, m);
      }
      for (const j of match.links ?? []) m.links.add(j);
      for (const s of match.subjects ?? []) m.subjects.set(JSON.stringify(s), s);
    });
  }
  return [...merged.values()].map((m) => toConflict(m, ix));
}

/** The whole analysis of a story: active, dismissed and stale conflicts, scores and how long it took. */
export function analyzeStory(story: Story): AnalysisResult {
  const started = now();
  const ix = buildStoryIndex(story);
  const { active, dismissed, stale } = splitByReview(story, detectConflicts(ix));
  const scores = computeScores(ix, active);
  const ms = now() - started;
  return { conflicts: active, dismissed, stale, scores, stats: { events: ix.n, links: ix.m, ms } };
}
