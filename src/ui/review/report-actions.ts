import { requestReport } from '../../state';
import { downloadBlob } from '../export/download-blob';
import { printReportBody } from './print-store';

/** A file name from the story title: "The Lighthouse" -> "the-lighthouse-review.html". */
export function reportFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'story'}-review.html`;
}

/** Builds the report off the main thread and downloads it. */
export async function exportReport(title: string): Promise<void> {
  const { html } = await requestReport();
  downloadBlob(reportFileName(title), new Blob([html], { type: 'text/html;charset=utf-8' }));
}

/** Builds the report off the main thread, puts it in the print view and opens the print dialog once it is on the page. */
export async function printReport(): Promise<void> {
  const { body } = await requestReport();
  printReportBody(body);
}

