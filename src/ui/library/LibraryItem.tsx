import { useEffect, useRef, useState } from 'react';
import type { LibraryEntry } from '../../state';
import { Icon } from '../common/Icon';

interface Props {
  readonly entry: LibraryEntry;
  readonly active: boolean;
  readonly renaming: boolean;
  readonly onOpen: () => void;
  readonly onStartRename: () => void;
  readonly onRename: (title: string) => void;
  readonly onCancelRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

function RenameInput(props: { title: string; label: string; onRename: (t: string) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.title);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => input.current?.select(), []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) props.onRename(draft);
    else props.onCancel();
  };
  return (
    <input
      ref={input}
      className="rename-input"
      aria-label={props.label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

/** One story in the library: its title opens it; small buttons rename, duplicate and delete it. */
export function LibraryItem(p: Props) {
  const title = p.entry.title || 'Untitled story';
  return (
    <li className={p.active ? 'library-item active' : 'library-item'}>
      {p.renaming ? (
        <RenameInput title={p.entry.title} label={`New title for ${title}`} onRename={p.onRename} onCancel={p.onCancelRename} />
      ) : (
        <button type="button" className="library-open" aria-current={p.active ? 'true' : undefined} onClick={p.onOpen}>
          {title}
        </button>
      )}
      <span className="library-actions">
        <button type="button" className="icon" onClick={p.onStartRename} aria-label={`Rename ${title}`} title="Rename">
          <Icon name="pencil" />
        </button>
        <button type="button" className="icon" onClick={p.onDuplicate} aria-label={`Duplicate ${title}`} title="Duplicate">
          <Icon name="copy" />
        </button>
        <button type="button" className="icon danger" onClick={p.onDelete} aria-label={`Delete ${title}`} title="Delete (undo from the notice)">
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
