import { lazy, Suspense } from 'react';
import type { TensionPoint } from '../../core/review/tension';
import { select, useSelection, useTensionSeries } from '../../state';
import { frameEvents } from '../graph/graph-controller';

// uPlot loads with review mode, not with the studio.
const TensionChart = lazy(() => import('./TensionChart'));

function marksOf(p: TensionPoint): string {
  return [
    p.overLimit && 'over the limit',
    p.peakWithoutRecovery && 'peak without recovery',
    p.spike && 'spike',
    p.recoveryBeat && 'recovery beat',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Selects an event everywhere (outline, inspector, graph) and frames it on the canvas. */
export function pickEvent(id: string): void {
  select({ events: [id], links: [], conflictId: null });
  frameEvents([id]);
}

/** The tension curve as a chart, with the table `Intensity over time` as its text alternative. */
export function TensionCurve() {
  const series = useTensionSeries();
  const selected = useSelection((s) => (s.events.length === 1 ? s.events[0]! : null));
  return (
    <section className="review-card tension-curve" role="region" aria-labelledby="tension-curve-title">
      <h3 id="tension-curve-title">Tension curve</h3>
      <p className="legend muted">
        <span className="swatch band" aria-hidden="true" /> window of tolerance ({series.band.low} to {series.band.high}){' '}
        <span className="swatch bad" aria-hidden="true" /> over the limit or no recovery <span className="swatch spike" aria-hidden="true" /> spike{' '}
        <span className="swatch recovery" aria-hidden="true" /> recovery beat
      </p>
      <Suspense fallback={<p className="muted">Loading the chart…</p>}>
        <TensionChart series={series} onPick={pickEvent} />
      </Suspense>
      <div className="table-scroll">
        <table className="intensity-table" aria-label="Intensity over time">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Time</th>
              <th scope="col">Intensity</th>
              <th scope="col">Marks</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.id} data-event-id={p.id} className={p.id === selected ? 'selected' : undefined}>
                <td>
                  <button type="button" className="link-button" onClick={() => pickEvent(p.id)}>
                    {p.title}
                  </button>
                </td>
                <td>{p.time}</td>
                <td>{p.intensity}</td>
                <td>{marksOf(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
