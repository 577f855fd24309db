import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import {
  acceptProposal,
  acceptSafeFixes,
  cancelSafeFixes,
  previewProposal,
  restoreConflict,
  useAnalysis,
  useDismissedEntries,
  useDocument,
  usePatchPreview,
  useProposals,
  useSafeFixesProgress,
  useSelection,
  useShallow,
  type Proposal,
} from '../../state';
import { keptFocusOn } from '../keyboard/focus-keeper';
import { DismissForm } from './DismissForm';
import { ProposalItem } from './ProposalItem';
import '../styles/proposals.css';
import { conflictTypeName } from '../words/conflict-type-name';

/**
 * Where keyboard focus goes after an accept: the first conflict of the Conflicts list that is still
 * a conflict (`current`), else the story canvas. The list may still show the resolved conflicts for
 * a frame or two (it follows the analysis in a deferred render), and focus put on one of them
 * would be lost with it.
 */
function focusAfterAccept(current: Pick<ReadonlyMap<string, Conflict>, 'get'>): void {
  for (const item of document.querySelectorAll<HTMLElement>('[aria-label="Conflicts"] [data-conflict-id]')) {
    const id = item.dataset['conflictId'];
    const button = item.querySelector<HTMLElement>('button');
    if (id !== undefined && button !== null && current.get(id) !== undefined) return button.focus();
  }
  document.querySelector<HTMLElement>('[data-testid="story-graph"]')?.focus();
}

/**
 * Accept all safe fixes: every top fix that introduces nothing, one undoable step; the
 * notice says what it did. The fixes are computed in their own worker, so while they
 * are the story stays editable (an edit cancels the run) and this shows how far it got.
 */
function AcceptAllButton({ disabled, onFinished }: { readonly disabled: boolean; readonly onFinished: () => void }) {
  const { running, left, first } = useSafeFixesProgress(useShallow((s) => ({ running: s.running, left: s.left, first: s.first })));
  // Pressed here, the button gives way to the progress: the focus goes to its Cancel, and when the run
  // ends (done or cancelled) the panel moves it on as after an Accept.
  const pressed = useRef(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (running && pressed.current) cancel.current?.focus();
  }, [running]);
  if (running) {
    // Progress is the conflicts fixed: a count of conflicts looked at grew with every pass
    // (4,489 at first, 23,760 in the end at 5,000 dense events), so its bar went back and forth.
    return (
      <span className="fix-progress" role="status" aria-label="Accepting safe fixes">
        <progress max={Math.max(first, 1)} value={first - left} aria-hidden="true" />
        <span>{first > 0 ? `Fixing… ${left.toLocaleString('en')} ${left === 1 ? 'conflict' : 'conflicts'} left` : 'Preparing fixes…'}</span>
        <button ref={cancel} type="button" className="small" onClick={cancelSafeFixes}>
          Cancel
        </button>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="small"
      disabled={disabled}
      title="Apply the best fix of every conflict that introduces no new conflict, as one undoable step"
      onClick={() => {
        pressed.current = true;
        void acceptSafeFixes().finally(() => {
          pressed.current = false;
          onFinished();
        });
      }}
    >
      Accept all safe fixes
    </button>
  );
}

/**
 * Ranked proposals for the selected conflict: what each does, resolves, introduces and
 * costs, a ghost preview on hover or focus, and Accept (one undoable step). Also the
 * conflict's Won't fix, and Accept all safe fixes for the whole story.
 */
export function ProposalsPanel() {
  const conflictId = useSelection((s) => s.conflictId);
  const analysis = useAnalysis();
  const proposals = useProposals(conflictId);
  const preview = usePatchPreview();
  const dismissedNotes = useDismissedEntries();
  const events = useDocument((d) => d.story.events);
  // Built on the first title asked for: a map of every event on every edit is tens of ms at 20,000 events.
  const titleOf = useMemo(() => {
    let titles: ReadonlyMap<string, string> | null = null;
    return (id: string): string => {
      titles ??= new Map(events.map((e) => [e.id, e.title]));
      return titles.get(id) ?? id;
    };
  }, [events]);
  const [pending, setPending] = useState<string | null>(null);
  // Set when an accept finishes; cleared once focus has been placed after the new analysis.
  const refocus = useRef(false);
  const panel = useRef<HTMLElement>(null);
  const [accepted, setAccepted] = useState(0);

  const data = analysis.data;
  // Indexed on the first lookup (a proposal's list of what it resolves), not on every analysis.
  const conflictsById = useMemo(() => lazyConflictIndex(data), [data]);
  // Looked up only while a conflict is selected (no map of every conflict per analysis).
  const conflict = useMemo(
    (): Conflict | undefined =>
      conflictId ? (data?.conflicts.find((c) => c.id === conflictId) ?? data?.dismissed.find((c) => c.id === conflictId)) : undefined,
    [conflictId, data],
  );
  const dismissed = conflict !== undefined && (data?.dismissed ?? []).some((c) => c.id === conflict.id);
  const note = dismissed ? dismissedNotes.find((d) => d.id === conflictId)?.note : undefined;

  // The ghost belongs to the conflict's proposals: it goes when another conflict is picked or the panel goes.
  useEffect(() => () => previewProposal(null), [conflictId]);

  const onAccept = useCallback(
    (p: Proposal, index: number) => {
      if (!conflictId) return;
      setPending(p.id);
      previewProposal(null);
      void acceptProposal(conflictId, index, p.id).finally(() => {
        setPending(null);
        refocus.current = true;
        setAccepted((n) => n + 1);
      });
    },
    [conflictId],
  );

  const onAcceptedAll = useCallback(() => {
    refocus.current = true;
    setAccepted((n) => n + 1);
  }, []);

  // The accepted proposal's button goes with its conflict: once the new analysis is in, focus goes to the next
  // conflict (or the canvas). Focus still in this panel is on that button (which may be removed only in a later
  // render), so it moves too, as does focus the keeper placed when that button went (keyboard/focus-keeper.ts);
  // focus the user has taken elsewhere meanwhile stays where it is.
  useEffect(() => {
    if (!refocus.current || analysis.stale || !data) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active && active !== document.body && !panel.current?.contains(active) && !keptFocusOn(active)) return;
    focusAfterAccept(conflictsById);
  }, [accepted, analysis.stale, data, conflictsById]);

  const list = proposals.data;
  const loading = conflict !== undefined && (list === undefined || proposals.stale);
  return (
    <section ref={panel} className="panel proposals" aria-label="Proposals" aria-busy={loading || pending !== null}>
      <div className="panel-head">
        <h2>Proposals {conflict && list && !proposals.stale && <span className="count">{list.length}</span>}</h2>
        <AcceptAllButton disabled={!data || analysis.stale || data.conflicts.length === 0} onFinished={onAcceptedAll} />
      </div>
      <div className={proposals.stale ? 'panel-scroll stale' : 'panel-scroll'}>
        {!conflictId && <p className="muted">Select a conflict to see how it could be resolved.</p>}
        {conflictId && !conflict && data && !analysis.stale && (
          <p className="muted">This conflict is resolved. Undo brings it back.</p>
        )}
        {conflict && (
          <>
            <div className="proposal-target-row">
              {/* Two lines at most: the full message is in the Conflicts list beside, and here for screen readers. */}
              <p className="proposal-target" title={conflict.message}>
                <span className="ref-type">{conflictTypeName(conflict.type)}</span>: {conflict.message}
              </p>
              {!dismissed && <DismissForm key={conflict.id} conflictId={conflict.id} />}
            </div>
            {dismissed && (
              <div className="dismissed-note">
                <p>
                  Dismissed as intended{note ? `: “${note}”` : '.'} It does not count in the scores.
                </p>
                <button type="button" className="small" onClick={() => restoreConflict(conflict.id)}>
                  Restore conflict
                </button>
              </div>
            )}
            {proposals.error && <p className="field-error">Proposals failed: {proposals.error.message}</p>}
            {loading && !list && <p className="muted">Working out fixes…</p>}
            {list && list.length === 0 && !proposals.stale && <p className="muted">No fix is known for this conflict.</p>}
            {list && list.length > 0 && (
              <ol className="proposal-list" aria-label="Proposals, best first">
                {list.map((p, i) => (
                  <ProposalItem
                    key={p.id}
                    proposal={p}
                    index={i}
                    targetId={conflict.id}
                    conflictsById={conflictsById}
                    preview={preview.proposalId === p.id && !preview.stale ? preview.data : undefined}
                    titleOf={titleOf}
                    pending={pending === p.id}
                    disabled={pending !== null || proposals.stale}
                    onAccept={onAccept}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** Active and dismissed conflicts by id, indexed when first asked. */
function lazyConflictIndex(data: { readonly conflicts: readonly Conflict[]; readonly dismissed: readonly Conflict[] } | undefined): Pick<ReadonlyMap<string, Conflict>, 'get'> {
  let index: Map<string, Conflict> | null = null;
  return {
    get(id) {
      if (index === null) {
        index = new Map();
        for (const c of data?.conflicts ?? []) index.set(c.id, c);
        for (const c of data?.dismissed ?? []) index.set(c.id, c);
      }
      return index.get(id);
    },
  };
}
