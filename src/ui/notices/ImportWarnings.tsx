import { memo } from 'react';
import { useImportReportFocus } from './use-import-report-focus';
import { warningsHeadline } from './warnings-headline';

interface Issue {
  readonly path: string;
  readonly message: string;
}

interface Props {
  readonly fileName: string;
  readonly warnings: readonly Issue[];
  readonly onClose: () => void;
}

/**
 * What the loader left out of an imported file (unknown keys such as a misspelt `intensty`), each with its JSON path.
 * Like the problems list, its Close takes the focus, and Enter or Escape dismisses it.
 */
export const ImportWarnings = memo(function ImportWarnings({ fileName, warnings, onClose }: Props) {
  const { close, dismiss, onKeyDown } = useImportReportFocus(onClose);
  return (
    <div className="import-errors import-warnings" role="alert" aria-label="Import warnings" onKeyDown={onKeyDown}>
      <div className="import-errors-head">
        <strong>{warningsHeadline(fileName, warnings)}</strong>
        <button ref={close} type="button" className="icon" aria-label="Close import warnings" title="Close (Esc)" onClick={dismiss}>
          ×
        </button>
      </div>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            <code>{w.path === '' ? '(file)' : w.path}</code>: {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
});
