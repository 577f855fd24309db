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
export function ImportWarnings({ fileName, warnings, onClose }: Props) {
  return (
    <div className="import-errors import-warnings" role="alert" aria-label="Import warnings">
      <div className="import-errors-head">
        <strong>
          {fileName} was imported with {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}. Keys the story format
          does not know are not kept in the studio or on export; check each place below.
        </strong>
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
}
