import { lazy, Suspense } from 'react';
import { select, useDocument, useSelection, useTensionSeries } from '../../state';
import { frameEvents } from '../graph/graph-controller';
import { IntensityTable } from './IntensityTable';

// uPlot loads with review mode, not with the studio.
const TensionChart = lazy(() => import('./TensionChart'));

/** Selects an event everywhere (outline, inspector, graph) and frames it on the canvas. */
export function pickEvent(id: string): void {
  select({ events: [id], links: [], conflictId: null });
  frameEvents([id]);
}

/** The tension curve as a chart, with the table `Intensity over time` as its text alternative. */
export function TensionCurve() {
  const series = useTensionSeries();
  const unit = useDocument((d) => d.story.timeUnit);
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
        <TensionChart series={series} unit={unit} onPick={pickEvent} />
      </Suspense>
      <IntensityTable points={series.points} selected={selected} onPick={pickEvent} />
    </section>
  );
}
