import { useRef } from 'react';
import { fileSizeProblem, IMPORT_ACCEPT } from '../../state';

interface Props {
  /** Receives the chosen file's text. */
  readonly onText: (text: string, fileName: string) => void;
  readonly onReadError: (message: string, fileName?: string) => void;
}

/** The Import button: a real button opening a hidden file chooser (story JSON, Twine 2 HTML, Twee 3). */
export function ImportButton({ onText, onReadError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Import a story: story JSON, Twine 2 HTML (.html) or Twee 3 (.twee, .tw)">
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        // Hidden from everyone: the Import button is the control; this only hosts the browser's file chooser.
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Reset so choosing the same file again still fires a change.
          e.target.value = '';
          if (!file) return;
          // Refused on its size before reading: reading a huge file is itself what takes the tab down.
          const tooBig = fileSizeProblem(file.name, file.size);
          if (tooBig) {
            onReadError(tooBig, file.name);
            return;
          }
          file.text().then(
            (text) => onText(text, file.name),
            (err: unknown) => onReadError(err instanceof Error ? err.message : String(err)),
          );
        }}
      />
    </>
  );
}
