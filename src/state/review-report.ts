import { buildReport, type BuiltReport } from '../core/review/report-from-story';
import type { ReportReply, ReportRequest } from '../worker/report.worker';
import { parseDismissed } from '../worker/dismissed';
import { documentStore } from './stores';

/**
 * Builds the review report of the open story in a dedicated worker, so that a 5,000-event
 * story does not freeze the page; where workers cannot start, on this thread after the
 * current task (slower, but the same report).
 */
export function requestReport(): Promise<BuiltReport> {
  const story = documentStore.getState().story;
  const generatedAt = new Date().toISOString();
  if (typeof Worker === 'undefined') return inProcess(story, generatedAt);
  let worker: Worker;
  try {
    // Written literally so that Vite finds and bundles the worker.
    worker = new Worker(new URL('../worker/report.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inProcess(story, generatedAt);
  }
  return new Promise<BuiltReport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReportReply>) => {
      worker.terminate();
      const m = event.data;
      if (m.kind === 'report') resolve({ html: m.html, body: m.body });
      else reject(new Error(`The report could not be built: ${m.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`The report could not be built: ${event.message || 'the report worker stopped'}`));
    };
    const request: ReportRequest = { story, generatedAt };
    worker.postMessage(request);
  });
}

function inProcess(story: ReportRequest['story'], generatedAt: string): Promise<BuiltReport> {
  return new Promise((resolve) => setTimeout(() => resolve(buildReport(story, generatedAt, parseDismissed(story.extra?.['dismissedConflicts']).map((d) => d.id))), 0));
}
