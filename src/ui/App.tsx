import { useState } from 'react';
import { importStoryText } from '../state';
import { useGlobalShortcuts } from './keyboard/use-global-shortcuts';
import { ImportErrors } from './notices/ImportErrors';
import { Notices } from './notices/Notices';
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';
import { Workspace } from './workspace/Workspace';

interface ImportProblem {
  readonly fileName: string;
  readonly errors: readonly { path: string; message: string }[];
}

/** The studio: toolbar, the resizable workspace (outline, graph with the dock of conflict panels, inspector), the status bar. */
export function App() {
  useGlobalShortcuts();
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const onImportText = (text: string, fileName: string) => {
    const result = importStoryText(text);
    setImportProblem(result.ok ? null : { fileName, errors: result.errors });
  };
  const onImportReadError = (message: string) => setImportProblem({ fileName: 'The file', errors: [{ path: '', message }] });
  const importErrors = importProblem && (
    <ImportErrors fileName={importProblem.fileName} errors={importProblem.errors} onClose={() => setImportProblem(null)} />
  );
  return (
    <div className="studio">
      <Toolbar onImportText={onImportText} onImportReadError={onImportReadError} />
      <Workspace importErrors={importErrors} />
      <StatusBar>
        <Notices />
      </StatusBar>
    </div>
  );
}
