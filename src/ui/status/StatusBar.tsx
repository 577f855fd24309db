import { useMemo, useState, type ReactNode } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { useAnalysis, useDocument, useWorkerStatus } from '../../state';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';
import { categoryCounter } from '../conflicts/category-counter';
import { plural } from '../words/plural';

const NONE: readonly Conflict[] = [];

function percent(v: number): string {
  return `${Math.round(v * 100)}%`;
}

/** Conflict counts by category, scores, and how long the worker's last analysis took. */
export function StatusBar({ children }: { readonly children?: ReactNode }) {
  const analysis = useAnalysis();
  const worker = useWorkerStatus();
  const counts = useDocument((d) => `${plural(d.story.events.length, 'event')} · ${plural(d.story.links.length, 'link')}`);
  const data = analysis.data;
  const [count] = useState(categoryCounter);
  const byCategory = useMemo(() => count(data?.conflicts ?? NONE), [count, data]);
  // Busy until the current revision's answer is in: a stale count is never presented as current.
  const busy = data === undefined || analysis.stale;
  return (
    <footer className="statusbar" aria-label="Status">
      <span className="status-item">
        Conflicts:{' '}
        <strong data-testid="conflict-count" aria-busy={busy} className={busy ? 'stale' : ''}>
          {data ? data.conflicts.length : '…'}
        </strong>
      </span>
      <span className="status-item categories">
        {CATEGORIES.map((c) => (
          <span key={c} className={data && byCategory[c] > 0 ? 'cat-count' : 'cat-count zero'} title={`${CATEGORY_LOOK[c].label} conflicts`}>
            <span aria-hidden="true" style={{ color: CATEGORY_LOOK[c].ink }}>
              {CATEGORY_LOOK[c].glyph}
            </span>{' '}
            <span className="cat-label">{CATEGORY_LOOK[c].label}</span> {data ? byCategory[c] : '…'}
          </span>
        ))}
      </span>
      {data && (
        <span className="status-item">
          Coherence <strong>{percent(data.scores.coherence)}</strong> · <span className="long-label">Therapeutic alignment</span>
          <span className="short-label" aria-hidden="true">Alignment</span>{' '}
          <strong>{data.scores.therapeuticAlignment === null ? 'not assessed: no therapy profile' : percent(data.scores.therapeuticAlignment)}</strong>
        </span>
      )}
      <span className="status-item">{counts}</span>
      <span className="status-item">
        {/* A story being opened has no figures yet: "…", never zeros that read as "no conflicts". */}
        Analysis <span data-testid="analysis-ms">{data ? data.stats.ms.toFixed(1) : ''}</span>
        {data ? ' ms' : '…'}
        {worker.busy && <span className="spinner" aria-hidden="true" />}
      </span>
      {children}
    </footer>
  );
}
