import { memo } from 'react';
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

/** What the loader left out of an imported file (unknown keys such as a misspelt `intensty`), each with its JSON path. */
export const ImportWarnings = memo(function ImportWarnings({ fileName, warnings, onClose }: Props) {
  return (
    <div className="import-errors import-warnings" role="alert" aria-label="Import warnings">
      <div className="import-errors-head">
        <strong>{warningsHeadline(fileName, warnings)}</strong>
        <button type="button" className="icon" aria-label="Close import warnings" onClick={onClose}>
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
