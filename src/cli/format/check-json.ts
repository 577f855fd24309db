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

/** Conflicts per write: big enough that writes are few, small enough that no 100k-event report is held whole. */
const CONFLICTS_PER_WRITE = 2000;

/**
 * Writes `JSON.stringify(checkJson(result, ms, file))` to `write` piece by piece: the same
 * text, but at 100k events the report (tens of MB) never exists as one string or object tree.
 */
export function writeCheckJson(write: (text: string) => void, result: AnalysisResult, ms: number, file?: string): void {
  const text = JSON.stringify(checkJson({ ...result, conflicts: [] }, ms, file));
  // The first `"conflicts":[]` is the key: inside a JSON string every quote is escaped.
  const open = text.indexOf('"conflicts":[]') + '"conflicts":['.length;
  write(text.slice(0, open));
  for (let k = 0; k < result.conflicts.length; k += CONFLICTS_PER_WRITE) {
    const part = result.conflicts.slice(k, k + CONFLICTS_PER_WRITE).map((c) => JSON.stringify(conflictJson(c)));
    write((k > 0 ? ',' : '') + part.join(','));
  }
  write(text.slice(open));
}

/** The report of a file that could not be checked. */
export function invalidJson(errors: readonly StoryIssue[], file?: string): Record<string, unknown> {
  return {
    ...(file !== undefined ? { file } : {}),
    errors: errors.map((e) => ({ path: e.path, message: e.message })),
  };
}
