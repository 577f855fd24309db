import { useDocument, useLibrary, useShallow } from '../state';
import { DemoLayer } from './demo/DemoLayer';
import { useFileImport } from './export/use-file-import';
import { useGlobalShortcuts } from './keyboard/use-global-shortcuts';
import { StoryLibrary } from './library/StoryLibrary';
import { SafeModeNotice } from './library/SafeModeNotice';
import { ImportErrors } from './notices/ImportErrors';
import { ImportWarnings } from './notices/ImportWarnings';
import { Notices } from './notices/Notices';
import { ReviewMode } from './review/ReviewMode';
import { StatusBar } from './status/StatusBar';
import { Toolbar } from './toolbar/Toolbar';
import { Workspace } from './workspace/Workspace';

/** The studio: toolbar, the resizable workspace (outline, graph with the dock of conflict panels, inspector), the status bar. */
export function App() {
  useGlobalShortcuts();
  const { onImportFile, report: importReport, clearReport, picker, progress: importProgress } = useFileImport();
  // Tests (and anyone curious) wait on these: every change shown is stored once data-saved-revision reaches data-revision.
  const revision = useDocument((d) => d.version);
  // data-snapshot-revision: the version of the last full snapshot written in idle time (benchmarks wait for it).
  const lib = useLibrary(useShallow((l) => ({ saved: l.savedVersion, pending: l.pendingWrites, snapshot: l.snapshotVersion, safe: l.safeMode !== undefined })));
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
    <div className="studio" data-revision={revision} data-saved-revision={lib.saved} data-snapshot-revision={lib.snapshot} data-saving={lib.pending > 0}>
      <Toolbar onImportFile={onImportFile} />
      {lib.safe ? (
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
      {!lib.safe && <DemoLayer />}
      <StatusBar>
        <Notices />
      </StatusBar>
    </div>
  );
}
