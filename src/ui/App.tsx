import { useLibrary } from '../state';
import { DemoLayer } from './demo/DemoLayer';
import { useCommitOnLeave } from './common/use-commit-on-leave';
import { useFileImport } from './export/use-file-import';
import { useFocusKeeper } from './keyboard/use-focus-keeper';
import { useGlobalShortcuts } from './keyboard/use-global-shortcuts';
import { StoryLibrary } from './library/StoryLibrary';
import { SafeModeNotice } from './library/SafeModeNotice';
import { ImportErrors } from './notices/ImportErrors';
import { ImportWarnings } from './notices/ImportWarnings';
import { Notices } from './notices/Notices';
import { ReviewMode } from './review/ReviewMode';
import { StatusBar } from './status/StatusBar';
import { StudioFrame } from './StudioFrame';
import { Toolbar } from './toolbar/Toolbar';
import { Workspace } from './workspace/Workspace';

/** The studio: toolbar, the resizable workspace (outline, graph with the dock of conflict panels, inspector), the status bar. */
export function App() {
  useGlobalShortcuts();
  useCommitOnLeave();
  useFocusKeeper();
  const { onImportFile, report: importReport, clearReport, picker, progress: importProgress } = useFileImport();
  const safe = useLibrary((l) => l.safeMode !== undefined);
  const notices = (
    <>
      {importReport && !importReport.ok && <ImportErrors fileName={importReport.fileName} errors={importReport.issues} onClose={clearReport} />}
      {importReport?.ok && <ImportWarnings fileName={importReport.fileName} warnings={importReport.issues} onClose={clearReport} />}
      {picker}
      {importProgress}
      <SafeModeNotice />
    </>
  );
  return (
    <StudioFrame>
      <Toolbar onImportFile={onImportFile} />
      {safe ? (
        // Safe mode: no story is open, only the library and the notice saying why.
        <div className="workspace">
          <aside className="sidebar left" aria-label="Library and outline">
            <StoryLibrary />
          </aside>
          <main className="center">{notices}</main>
        </div>
      ) : (
        <Workspace
          importErrors={
            <>
              <ReviewMode />
              {notices}
            </>
          }
        />
      )}
      {!safe && <DemoLayer />}
      <StatusBar>
        <Notices />
      </StatusBar>
    </StudioFrame>
  );
}
