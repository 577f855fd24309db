import { useState } from 'react';
import { toggleReview, useDocument, useReview } from '../../state';
import { AlignmentExplained } from './AlignmentExplained';
import { CharacterArcs } from './CharacterArcs';
import { GoalCoverage } from './GoalCoverage';
import { NotesPanel } from './NotesPanel';
import { PrintReport } from './PrintReport';
import { exportReport, printReport } from './report-actions';
import { TensionCurve } from './TensionCurve';
import { TherapyProfile } from './TherapyProfile';
import './review.css';

type Busy = 'export' | 'print' | null;

/**
 * Review mode: the therapist's view of the story in place of the graph and its dock
 * (review.css hides them while this is mounted, keeping the graph alive underneath).
 */
export function ReviewMode() {
  const open = useReview((r) => r.open);
  const title = useDocument((d) => d.story.title);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (kind: Exclude<Busy, null>, job: () => Promise<void>) => {
    if (busy !== null) return;
    setBusy(kind);
    setError(null);
    job()
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(null));
  };
  return (
    <>
      <PrintReport />
      {open && (
        <section className="review-mode" role="region" aria-labelledby="review-title" aria-busy={busy !== null}>
          <div className="review-head">
            <h2 id="review-title">Therapeutic review</h2>
            <div className="review-actions" role="group" aria-label="Report">
              {/* aria-disabled, not disabled, while a report is built: a disabled button would drop the focus it holds. */}
              <button type="button" className="small primary" aria-disabled={busy !== null} onClick={() => run('export', () => exportReport(title))}>
                {busy === 'export' ? 'Building report…' : 'Export report'}
              </button>
              <button type="button" className="small" aria-disabled={busy !== null} onClick={() => run('print', printReport)}>
                {busy === 'print' ? 'Preparing…' : 'Print report'}
              </button>
              <button
                type="button"
                className="small"
                onClick={() => {
                  toggleReview(false);
                  // This button goes with the review: the focus returns to the toolbar's Review, which opened it.
                  document.querySelector<HTMLElement>('[data-review-toggle]')?.focus();
                }}
              >
                Back to design
              </button>
            </div>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="review-grid">
            <div className="review-column">
              <AlignmentExplained />
              <TherapyProfile />
              <NotesPanel />
            </div>
            <div className="review-column">
              <TensionCurve />
              <GoalCoverage />
              <CharacterArcs />
            </div>
          </div>
        </section>
      )}
    </>
  );
}
