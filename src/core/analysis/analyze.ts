import type { DismissedEntry, Story } from '../model/story';
import type { Conflict } from './conflict';
import { sharingComponents } from '../graph/shared-components';
import { MatchMerger } from './match-merger';
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

/** Runs every rule over an indexed story and merges matches of the same identity (see MatchMerger). */
export function detectConflicts(ix: StoryIndex, rules: readonly Rule[] = RULES): Conflict[] {
  return merged(ix, rules).conflicts();
}

function merged(ix: StoryIndex, rules: readonly Rule[]): MatchMerger {
  // A dense story has about one conflict per event: a full analysis sizes the identity table for
  // that at once; a few rules re-run (resolutions) start small.
  const merger = new MatchMerger(ix, rules === RULES ? ix.n : 0);
  sharingComponents(() => {
    for (const rule of rules) rule.detect(ix, merger.emitterFor(rule));
  });
  return merger;
}

export interface AnalyzeOptions {
  /**
   * Conflicts as ConflictRecords, whose ids and message are written when first read: for a
   * host that prints the result once in the same thread (`nao check`). Not for a result that
   * is posted to another thread or spread: those copy own properties only.
   */
  readonly deferText?: boolean;
}

/**
 * Matches merged into conflicts exactly as detectConflicts merges them, for a caller that
 * collected the matches itself (incremental analysis): `rule` is the rule that emitted the match.
 */
export function conflictsFromMatches(ix: StoryIndex, matches: Iterable<{ readonly rule: Rule; readonly match: Match }>): Conflict[] {
  const merger = new MatchMerger(ix);
  for (const { rule, match } of matches) merger.add(rule, match);
  return merger.conflicts();
}

/** The whole analysis of a story: active, dismissed and stale conflicts, scores and how long it took. */
export function analyzeStory(story: Story, options: AnalyzeOptions = {}): AnalysisResult {
  const started = now();
  const ix = buildStoryIndex(story);
  const merger = merged(ix, RULES);
  const { active, dismissed, stale } = splitByReview(story, options.deferText === true ? merger.records() : merger.conflicts());
  const scores = computeScores(ix, active);
  const ms = now() - started;
  return { conflicts: active, dismissed, stale, scores, stats: { events: ix.n, links: ix.m, ms } };
}
