import { useRef, useState } from 'react';
import { StorySettingsDialog } from './StorySettingsDialog';

/** The toolbar's `Story settings` button; focus comes back to it when the dialog closes. */
export function StorySettingsButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} title="Title, time unit, scales, characters, thresholds, therapy profile">
        Story settings
      </button>
      {open && (
        <StorySettingsDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
