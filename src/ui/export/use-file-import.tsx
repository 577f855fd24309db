import { useState, type ReactNode } from 'react';
import { importStoryFile, notify, type StoryChoice } from '../../state';
import { StoryPicker } from './StoryPicker';

export interface ImportProblem {
  readonly fileName: string;
  readonly errors: readonly { path: string; message: string }[];
}

interface Pending {
  readonly text: string;
  readonly fileName: string;
  readonly choices: readonly StoryChoice[];
}

const SHOWN_WARNINGS = 3;

/**
 * The Import flow for every format: story JSON, Twine 2 HTML, Twee 3. Errors come back as
 * `problem` (for the problems list); a Twine library archive opens the story picker
 * (`picker`); warnings of a successful import (links to missing passages…) become a notice.
 */
export function useFileImport(): {
  onImportText: (text: string, fileName: string) => void;
  onImportReadError: (message: string) => void;
  problem: ImportProblem | null;
  clearProblem: () => void;
  picker: ReactNode;
} {
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const load = (text: string, fileName: string, choose?: number) => {
    void importStoryFile(text, fileName, choose).then((result) => {
      if (result.ok === 'choose') {
        setPending({ text, fileName, choices: result.choices });
        return;
      }
      setPending(null);
      setProblem(result.ok ? null : { fileName, errors: result.errors });
      if (result.ok && result.warnings.length > 0) {
        const listed = result.warnings.slice(0, SHOWN_WARNINGS).map((w) => (w.path === '' ? w.message : `${w.path}: ${w.message}`));
        const more = result.warnings.length > SHOWN_WARNINGS ? ` …and ${result.warnings.length - SHOWN_WARNINGS} more` : '';
        notify('info', `Imported ${fileName} with ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}: ${listed.join('; ')}${more}`);
      }
    });
  };

  const picker =
    pending === null ? null : (
      <StoryPicker fileName={pending.fileName} choices={pending.choices} onPick={(i) => load(pending.text, pending.fileName, i)} onCancel={() => setPending(null)} />
    );

  return {
    onImportText: (text, fileName) => load(text, fileName),
    onImportReadError: (message) => setProblem({ fileName: 'The file', errors: [{ path: '', message }] }),
    problem,
    clearProblem: () => setProblem(null),
    picker,
  };
}
