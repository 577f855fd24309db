import { requestReport } from '../../state';
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

/** Offers the report as an HTML file download. */
function downloadHtml(filename: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds the report off the main thread and downloads it. */
export async function exportReport(title: string): Promise<void> {
  const { html } = await requestReport();
  downloadHtml(reportFileName(title), html);
}

/** Builds the report off the main thread, puts it in the print view and opens the print dialog once it is on the page. */
export async function printReport(): Promise<void> {
  const { body } = await requestReport();
  printReportBody(body);
}

