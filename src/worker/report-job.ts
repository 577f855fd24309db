import type { Story } from '../core/model/story';
import { buildReport, type BuiltReport } from '../core/review/report-from-story';
import { defineJob } from './job';

/** A request to build the review report of a story snapshot. */
export interface ReportInput {
  readonly story: Story;
  readonly generatedAt: string;
}

/**
 * The review report off the main thread: analysing and writing out a 5,000-event story
 * takes long enough to freeze the page, and the analysis worker must keep answering.
 * Dismissed conflicts come from `story.dismissed` (the loader migrates the older spelling).
 */
export const reportJob = defineJob<ReportInput, never, BuiltReport>({
  run: ({ story, generatedAt }) => buildReport(story, generatedAt),
});
