import { useState } from 'react';
import { importStoryText } from '../state';
import { ConflictsPanel } from './conflicts/ConflictsPanel';
import { StoryGraph } from './graph/StoryGraph';
import { Inspector } from './inspector/Inspector';
import { useGlobalShortcuts } from './keyboard/use-global-shortcuts';
import { StoryLibrary } from './library/StoryLibrary';
import { ImportErrors } from './notices/ImportErrors';
import { Notices } from './notices/Notices';
import { EventsOutline } from './outline/EventsOutline';
import { ImpactPanel } from './impact/ImpactPanel';
import { ProposalsPanel } from './proposals/ProposalsPanel';
import { ReviewMode } from './review/ReviewMode';
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';

interface ImportProblem {
  readonly fileName: string;
  readonly errors: readonly { path: string; message: string }[];
}

/** The studio: toolbar, library and outline, the graph with the conflict panels, the inspector, the status bar. */
export function App() {
  useGlobalShortcuts();
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const onImportText = (text: string, fileName: string) => {
    const result = importStoryText(text);
    setImportProblem(result.ok ? null : { fileName, errors: result.errors });
  };
  const onImportReadError = (message: string) => setImportProblem({ fileName: 'The file', errors: [{ path: '', message }] });
  return (
    <div className="studio">
      <Toolbar onImportText={onImportText} onImportReadError={onImportReadError} />
      <div className="workspace">
        <aside className="sidebar left" aria-label="Library and outline">
          <StoryLibrary />
          <EventsOutline />
        </aside>
        <main className="center">
          <ReviewMode />
          {importProblem && (
            <ImportErrors fileName={importProblem.fileName} errors={importProblem.errors} onClose={() => setImportProblem(null)} />
          )}
          <StoryGraph />
          <div className="dock">
            <ConflictsPanel />
            <ProposalsPanel />
            <ImpactPanel />
          </div>
        </main>
        <aside className="sidebar right" aria-label="Details">
          <Inspector />
        </aside>
      </div>
      <StatusBar>
        <Notices />
      </StatusBar>
    </div>
  );
}
