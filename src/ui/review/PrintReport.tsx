import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { REPORT_CSS } from '../../core/review/report-html';
import { usePrintState } from './print-store';

/**
 * The print view: the report body beside the studio's root, hidden on screen; the print
 * stylesheet (review.css) then hides the whole studio and shows only this, so no editor
 * chrome is printed. The body is built by the core with every piece of story text
 * escaped, and holds no script.
 */
/** The last request printed: StrictMode runs effects twice, and one request is one dialog. */
let printed = 0;

/**
 * The report's stylesheet (every rule under `.report`), adopted by the page once: a `<style>`
 * element in the page is refused by the built app's Content-Security-Policy (no inline styles),
 * a constructed stylesheet is not inline markup.
 */
let reportSheet: CSSStyleSheet | null = null;

function adoptReportSheet(): void {
  if (reportSheet !== null) return;
  reportSheet = new CSSStyleSheet();
  reportSheet.replaceSync(REPORT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, reportSheet];
}

export function PrintReport() {
  const body = usePrintState((s) => s.body);
  const request = usePrintState((s) => s.request);
  // Declared first: effects run in order, so the report is styled before the print dialog opens.
  useEffect(() => {
    if (body !== null) adoptReportSheet();
  }, [body]);
  useEffect(() => {
    if (body === null || request === printed) return;
    printed = request;
    // After this render the report is in the page, so the dialog prints it.
    window.print();
  }, [body, request]);
  if (body === null) return null;
  return createPortal(
    <div className="print-report" data-testid="print-report" data-print-request={request}>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </div>,
    document.body,
  );
}
