import type { BuiltReport } from '../core/review/report-from-story';
import { jobRunner } from './job-runner';
import { documentStore } from './stores';

/**
 * Builds the review report of the open story as a background job (src/worker/jobs.ts),
 * so that a 5,000-event story does not freeze the page; where workers cannot start the
 * runner builds it on this thread after the current task (slower, but the same report).
 */
export function requestReport(): Promise<BuiltReport> {
  const story = documentStore.getState().story;
  return jobRunner()('report', { story, generatedAt: new Date().toISOString() }).result;
}
