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

export function PrintReport() {
  const body = usePrintState((s) => s.body);
  const request = usePrintState((s) => s.request);
  useEffect(() => {
    if (body === null || request === printed) return;
    printed = request;
    // After this render the report is in the page, so the dialog prints it.
    window.print();
  }, [body, request]);
  if (body === null) return null;
  return createPortal(
    <div className="print-report" data-testid="print-report" data-print-request={request}>
      <style>{REPORT_CSS}</style>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </div>,
    document.body,
  );
}
