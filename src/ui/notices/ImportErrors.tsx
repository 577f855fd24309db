import { useImportReportFocus } from './use-import-report-focus';

interface Issue {
  readonly path: string;
  readonly message: string;
}

interface Props {
  readonly fileName: string;
  readonly errors: readonly Issue[];
  readonly onClose: () => void;
}

/**
 * Why a file could not be imported: every problem with its JSON path. The open story is untouched.
 * Its Close takes the focus, so Enter or Escape dismisses the list and the focus goes back.
 */
export function ImportErrors({ fileName, errors, onClose }: Props) {
  const { close, dismiss, onKeyDown } = useImportReportFocus(onClose);
  return (
    <div className="import-errors" role="alert" onKeyDown={onKeyDown}>
      <div className="import-errors-head">
        <strong>
          {fileName} was not imported ({errors.length} {errors.length === 1 ? 'problem' : 'problems'}). Your open story is unchanged.
        </strong>
        <button ref={close} type="button" className="icon" aria-label="Close problems list" title="Close (Esc)" onClick={dismiss}>
          ×
        </button>
      </div>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e.path === '' ? '(file)' : e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
