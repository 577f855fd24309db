import type { BuiltReport } from '../core/review/report-from-story';
import { jobRunner } from './job-runner';
import type { Studio } from './studio-context';

/**
 * Builds the review report of the open story as a background job (src/worker/jobs.ts),
 * so that a 5,000-event story does not freeze the page; where workers cannot start the
 * runner builds it on this thread after the current task (slower, but the same report).
 */
export function requestReport(s: Studio): Promise<BuiltReport> {
  const story = s.document.getState().story;
  return jobRunner(s)('report', { story, generatedAt: new Date().toISOString() }).result;
}
