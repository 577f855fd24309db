import { useFileImport } from './export/use-file-import';
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
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';

/** The studio: toolbar, library and outline, the graph with the conflict panels, the inspector, the status bar. */
export function App() {
  useGlobalShortcuts();
  const { onImportText, onImportReadError, problem: importProblem, clearProblem, picker } = useFileImport();
  return (
    <div className="studio">
      <Toolbar onImportText={onImportText} onImportReadError={onImportReadError} />
      <div className="workspace">
        <aside className="sidebar left" aria-label="Library and outline">
          <StoryLibrary />
          <EventsOutline />
        </aside>
        <main className="center">
          {importProblem && (
            <ImportErrors fileName={importProblem.fileName} errors={importProblem.errors} onClose={clearProblem} />
          )}
          {picker}
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
