import { useState } from 'react';
import { deleteStory, duplicateStory, openStory, renameStory, useLibrary, useShallow } from '../../state';
import { SamplesMenu } from '../demo/SamplesMenu';
import { LibraryItem } from './LibraryItem';

/** The stories kept in this browser: open, create, rename, duplicate, delete (undo from the notice). */
export function StoryLibrary() {
  const lib = useLibrary(useShallow((l) => ({ stories: l.stories, activeKey: l.activeKey, status: l.status })));
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <section className="panel library" aria-label="Story library">
      <div className="panel-head">
        <h2>Stories</h2>
        <span className="muted small-text">{lib.stories.length}</span>
      </div>
      <SamplesMenu />
      {lib.status === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="library-list">
          {lib.stories.map((s) => (
            <LibraryItem
              key={s.key}
              entry={s}
              active={s.key === lib.activeKey}
              renaming={renaming === s.key}
              onOpen={() => void openStory(s.key)}
              onStartRename={() => setRenaming(s.key)}
              onRename={(title) => {
                setRenaming(null);
                if (title.trim() && title !== s.title) void renameStory(s.key, title.trim());
              }}
              onCancelRename={() => setRenaming(null)}
              onDuplicate={() => void duplicateStory(s.key)}
              onDelete={() => void deleteStory(s.key)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
