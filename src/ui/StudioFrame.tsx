import type { ReactNode } from 'react';
import { useDocument, useLibrary, useShallow } from '../state';

/**
 * The studio's root element, with the revision and save state that tests (and anyone curious)
 * wait on: every change shown is stored once data-saved-revision reaches data-revision, and
 * data-snapshot-revision is the version of the last full snapshot written in idle time. Its own
 * component so that a new revision renders only this element: the studio inside comes as
 * `children`, elements App made once, which React then leaves alone (an Undo at 20,000 events
 * otherwise rendered the whole studio again within its click, about 20 ms).
 */
export function StudioFrame({ children }: { readonly children: ReactNode }) {
  const revision = useDocument((d) => d.version);
  const lib = useLibrary(useShallow((l) => ({ saved: l.savedVersion, pending: l.pendingWrites, snapshot: l.snapshotVersion })));
  return (
    <div className="studio" data-revision={revision} data-saved-revision={lib.saved} data-snapshot-revision={lib.snapshot} data-saving={lib.pending > 0}>
      {children}
    </div>
  );
}
