import { useRef, useState } from 'react';
import { StorySettingsDialog } from './StorySettingsDialog';

/** The toolbar's `Story settings` button; focus comes back to it when the dialog closes. */
export function StorySettingsButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label="Story settings"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title="Title, time unit, scales, characters, thresholds, therapy profile"
      >
        <span className="wide-word">Story settings</span>
        <span className="narrow-word">Settings</span>
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
