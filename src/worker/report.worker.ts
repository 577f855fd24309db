/// <reference lib="webworker" />
import type { Story } from '../core/model/story';
import { buildReport } from '../core/review/report-from-story';
import { dismissedEntries } from './dismissed';

/** A request to build the review report of a story snapshot. */
export interface ReportRequest {
  readonly story: Story;
  readonly generatedAt: string;
}

export type ReportReply = { readonly kind: 'report'; readonly html: string; readonly body: string } | { readonly kind: 'error'; readonly message: string };

/**
 * The review report off the main thread: analysing and writing out a 5,000-event story
 * takes long enough to freeze the page, and the analysis worker must keep answering.
 * Conflicts dismissed in the older `extra.dismissedConflicts` spelling count as dismissed too.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ReportRequest>) => {
  const { story, generatedAt } = event.data;
  try {
    const legacy = dismissedEntries(story).map((d) => d.id);
    const { html, body } = buildReport(story, generatedAt, legacy);
    scope.postMessage({ kind: 'report', html, body } satisfies ReportReply);
  } catch (e) {
    scope.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e) } satisfies ReportReply);
  }
};
