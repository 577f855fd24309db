import { useState, type ReactNode } from 'react';
import { importStoryFile, type StoryChoice } from '../../state';
import { StoryPicker } from './StoryPicker';

/** What the last import said: its errors (nothing was changed) or the warnings of a story that was opened. */
export interface ImportReport {
  readonly fileName: string;
  readonly ok: boolean;
  readonly issues: readonly { path: string; message: string }[];
}

interface Pending {
  readonly text: string;
  readonly fileName: string;
  readonly choices: readonly StoryChoice[];
}

/**
 * The Import flow for every format: story JSON, Twine 2 HTML, Twee 3. Errors and the
 * warnings of a successful import (unknown keys, links to missing passages…) come back as
 * `report`, shown by the caller with every problem and its place; a Twine library archive
 * opens the story picker (`picker`).
 */
export function useFileImport(): {
  onImportText: (text: string, fileName: string) => void;
  onImportReadError: (message: string, fileName?: string) => void;
  report: ImportReport | null;
  clearReport: () => void;
  picker: ReactNode;
} {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const load = (text: string, fileName: string, choose?: number) => {
    void importStoryFile(text, fileName, choose).then((result) => {
      if (result.ok === 'choose') {
        setPending({ text, fileName, choices: result.choices });
        return;
      }
      setPending(null);
      if (!result.ok) setReport({ fileName, ok: false, issues: result.errors });
      else setReport(result.warnings.length > 0 ? { fileName, ok: true, issues: result.warnings } : null);
    });
  };

  const picker =
    pending === null ? null : (
      <StoryPicker fileName={pending.fileName} choices={pending.choices} onPick={(i) => load(pending.text, pending.fileName, i)} onCancel={() => setPending(null)} />
    );

  return {
    onImportText: (text, fileName) => load(text, fileName),
    onImportReadError: (message, fileName = 'The file') => setReport({ fileName, ok: false, issues: [{ path: '', message }] }),
    report,
    clearReport: () => setReport(null),
    picker,
  };
}
