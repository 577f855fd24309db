import { useEffect, useId, useRef } from 'react';
import type { StoryChoice } from '../../state';

interface Props {
  readonly fileName: string;
  readonly choices: readonly StoryChoice[];
  readonly onPick: (index: number) => void;
  readonly onCancel: () => void;
}

/** Asks which story of a Twine library archive to import. Focus starts on the first story; Escape cancels. */
export function StoryPicker({ fileName, choices, onPick, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="story-picker"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={titleId}>
        {fileName} holds {choices.length} stories. Which one do you want to import?
      </h2>
      <ul>
        {choices.map((c, i) => (
          <li key={c.index}>
            <button ref={i === 0 ? first : undefined} type="button" onClick={() => onPick(c.index)}>
              {c.name} <span className="story-picker-count">({c.passages} passages)</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
