import type { AnalysisResult } from '../../core/analysis/analyze';
import type { Conflict } from '../../core/analysis/conflict';
import type { StoryIssue } from '../../core/story/story-issue';

/** Milliseconds to the microsecond: more digits would only be noise. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** A conflict as `nao check --json` prints it: the fixed keys of docs/CLI.md, in that order (no subjects). */
export function conflictJson(c: Conflict): Record<string, unknown> {
  return {
    id: c.id,
    type: c.type,
    category: c.category,
    severity: c.severity,
    events: c.events,
    links: c.links,
    scales: c.scales,
    message: c.message,
  };
}

/** The report of one checked file; `file` is the first key when given (several files). */
export function checkJson(result: AnalysisResult, ms: number, file?: string): Record<string, unknown> {
  return {
    ...(file !== undefined ? { file } : {}),
    conflicts: result.conflicts.map(conflictJson),
    // Dismissed conflicts and stale entries are listed apart and count in neither scores nor exit code.
    dismissed: result.dismissed.map((c) => ({ ...conflictJson(c), dismissal: c.dismissal })),
    stale: result.stale,
    scores: { coherence: result.scores.coherence, therapeuticAlignment: result.scores.therapeuticAlignment },
    stats: { events: result.stats.events, links: result.stats.links, ms: roundMs(ms) },
  };
}

/** The report of a file that could not be checked. */
export function invalidJson(errors: readonly StoryIssue[], file?: string): Record<string, unknown> {
  return {
    ...(file !== undefined ? { file } : {}),
    errors: errors.map((e) => ({ path: e.path, message: e.message })),
  };
}
