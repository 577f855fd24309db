import { useRef } from 'react';
import { IMPORT_ACCEPT } from '../../state';

interface Props {
  /** Receives the chosen file, unread: it is read in the background, after a check of its size. */
  readonly onFile: (file: File, fileName: string) => void;
}

/** The Import button: a real button opening a hidden file chooser (story JSON, Twine 2 HTML, Twee 3). */
export function ImportButton({ onFile }: Props) {
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
          if (file) onFile(file, file.name);
        }}
      />
    </>
  );
}
