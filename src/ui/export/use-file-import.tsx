import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { startImport, type ImportProgress as Progress, type RunningImport, type StoryChoice } from '../../state';
import { ImportProgress } from './ImportProgress';
import { StoryPicker } from './StoryPicker';
import { keptFocusOn } from '../keyboard/focus-keeper';

/** What the last import said: its errors (nothing was changed) or the warnings of a story that was opened. */
export interface ImportReport {
  readonly fileName: string;
  readonly ok: boolean;
  readonly issues: readonly { path: string; message: string }[];
}

interface Pending {
  readonly file: Blob;
  readonly fileName: string;
  readonly choices: readonly StoryChoice[];
}

interface Running {
  readonly fileName: string;
  readonly progress: Progress | undefined;
  readonly run: RunningImport;
}

/**
 * The Import flow for every format: story JSON, Twine 2 HTML, Twee 3. The file is read,
 * parsed and validated in the background (`startImport`) while a progress display with
 * Cancel shows; a new import cancels the one running. Errors and the warnings of a
 * successful import (unknown keys, links to missing passages…) come back as `report`,
 * shown by the caller with every problem and its place; a Twine library archive opens the
 * story picker (`picker`). Cancelled or refused, the open story is untouched.
 */
export function useFileImport(): {
  onImportFile: (file: Blob, fileName: string) => void;
  report: ImportReport | null;
  clearReport: () => void;
  picker: ReactNode;
  progress: ReactNode;
} {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const current = useRef<RunningImport | null>(null);
  // Where focus goes back to when the progress display (holding Cancel) goes away: the Import button, usually.
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => () => current.current?.cancel(), []);

  const load = (file: Blob, fileName: string, choose?: number) => {
    current.current?.cancel();
    setReport(null);
    setPending(null);
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const run = startImport(file, fileName, {
      ...(choose !== undefined && { choose }),
      onProgress: (progress) => setRunning((r) => (r?.run === run ? { ...r, progress } : r)),
    });
    current.current = run;
    setRunning({ fileName, progress: undefined, run });
    void run.result.then((result) => {
      if (current.current !== run) return;
      current.current = null;
      setRunning(null);
      restoreFocus(returnFocus.current);
      if (result.ok === 'cancelled') return;
      if (result.ok === 'choose') {
        setPending({ file, fileName, choices: result.choices });
        return;
      }
      if (!result.ok) setReport({ fileName, ok: false, issues: result.errors });
      else setReport(result.warnings.length > 0 ? { fileName, ok: true, issues: result.warnings } : null);
    });
  };

  const cancel = useCallback(() => running?.run.cancel(), [running?.run]);
  // Stable, so the memoised warnings skip the render every edit of the studio makes.
  const clearReport = useCallback(() => setReport(null), []);

  const picker =
    pending === null ? null : (
      <StoryPicker fileName={pending.fileName} choices={pending.choices} onPick={(i) => load(pending.file, pending.fileName, i)} onCancel={() => setPending(null)} />
    );

  return {
    onImportFile: (file, fileName) => load(file, fileName),
    report,
    clearReport,
    picker,
    progress: running === null ? null : <ImportProgress fileName={running.fileName} progress={running.progress} onCancel={cancel} />,
  };
}

/** Back to where the user was when the progress display (and the focus it may hold) is gone. */
function restoreFocus(to: HTMLElement | null): void {
  const active = document.activeElement;
  if (to?.isConnected && (active === null || active === document.body || keptFocusOn(active) || active.closest('.import-progress') !== null)) to.focus();
}
