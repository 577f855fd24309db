import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { select, useAlignmentExplained, useAnalysis, useSelection } from '../../state';
import { frameEvents } from '../graph/graph-controller';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { revealProposals } from './reveal-proposals';
import { ReviewDismissed } from './ReviewDismissed';

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

function pickConflict(c: Conflict): void {
  select({ conflictId: c.id, events: [...c.events], links: [...c.links] });
  frameEvents(c.events);
}

/** Conflicts listed per part before `Show all`: a big story has hundreds, and the first are the most severe. */
const SHOWN_CONFLICTS = 25;

interface PartProps {
  readonly label: string;
  readonly conflicts: readonly Conflict[];
  readonly selected: string | null;
  readonly onPick: (c: Conflict) => void;
}

function PartConflicts({ label, conflicts, selected, onPick }: PartProps) {
  const [all, setAll] = useState(false);
  const shown = all ? conflicts : conflicts.slice(0, SHOWN_CONFLICTS);
  return (
    <>
      <ul className="alignment-conflicts" aria-label={`${label} conflicts`}>
        {shown.map((c) => (
          <li key={c.id} data-conflict-type={c.type} data-conflict-id={c.id}>
            <button type="button" className="conflict-pick" aria-pressed={c.id === selected} onClick={() => onPick(c)}>
              {c.message}
            </button>
          </li>
        ))}
      </ul>
      {conflicts.length > shown.length && (
        <button type="button" className="small" onClick={() => setAll(true)}>
          Show all {conflicts.length.toLocaleString('en-US')} {label.toLowerCase()} conflicts
        </button>
      )}
    </>
  );
}

/**
 * The therapeutic alignment in parts (pacing, boundaries, goal coverage), each in plain
 * words with the conflicts behind it; picking a conflict shows its proposals beside.
 */
export function AlignmentExplained() {
  const analysis = useAnalysis();
  const explained = useAlignmentExplained(analysis.data?.conflicts);
  const selectedConflict = useSelection((s) => s.conflictId);
  const busy = analysis.busy || analysis.stale || !explained;
  // The proposals sit under all the parts, far below a long list of conflicts: a pick brings them
  // into view, or the therapist would see nothing happen. Asked for by the pick (not on every
  // selection), so choosing events elsewhere never scrolls the review.
  const proposals = useRef<HTMLDivElement>(null);
  const revealPending = useRef(false);
  const [picks, setPicks] = useState(0);
  const pick = useCallback((c: Conflict) => {
    pickConflict(c);
    revealPending.current = true;
    setPicks((n) => n + 1);
  }, []);
  useEffect(() => {
    const panel = proposals.current?.firstElementChild;
    if (!revealPending.current || !(panel instanceof HTMLElement)) return;
    revealPending.current = false;
    revealProposals(panel);
  }, [picks, selectedConflict]);
  return (
    <section className="review-card alignment" role="region" aria-labelledby="alignment-title" aria-busy={busy}>
      <h3 id="alignment-title">Alignment explained</h3>
      {explained && (
        <>
          <p className="alignment-overall" data-testid="alignment-overall">
            Therapeutic alignment: <strong>{explained.overall === null ? 'not assessed: no therapy profile' : percent(explained.overall)}</strong>
          </p>
          <p className="muted">{explained.how}</p>
          <div className="alignment-parts">
            {explained.parts.map((part) => (
              <article key={part.key} className="alignment-part" data-part={part.key}>
                <h4>
                  {part.label}: {part.score === null ? 'not assessed' : percent(part.score)}
                </h4>
                <p>{part.summary}</p>
                {part.conflicts.length > 0 && (
                  <PartConflicts label={part.label} conflicts={part.conflicts} selected={selectedConflict} onPick={pick} />
                )}
              </article>
            ))}
          </div>
        </>
      )}
      <ReviewDismissed onPick={pick} />
      {selectedConflict && (
        <div ref={proposals} className="alignment-proposals">
          <ProposalsPanel />
        </div>
      )}
    </section>
  );
}
