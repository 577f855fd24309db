import { useCallback, useMemo, useState } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { select, useAnalysis, useSelection } from '../../state';
import { CATEGORY_LOOK } from '../categories';
import { frameEvents } from '../graph/graph-controller';
import { DismissedConflicts } from '../proposals/DismissedConflicts';
import { ConflictItem } from './ConflictItem';
import { useStableConflicts } from './use-stable-conflicts';
import { groupConflicts } from './group-conflicts';

const PER_CATEGORY = 50;

/** All active conflicts, grouped by category, most severe first; picking one selects and frames its events. */
export function ConflictsPanel() {
  const analysis = useAnalysis();
  const selectedId = useSelection((s) => s.conflictId);
  const conflicts = useStableConflicts(analysis.data?.conflicts);
  const groups = useMemo(() => groupConflicts(conflicts ?? []), [conflicts]);
  const onPick = useCallback((c: Conflict) => {
    select({ conflictId: c.id, events: [...c.events], links: [...c.links] });
    frameEvents(c.events);
  }, []);
  const total = conflicts?.length ?? 0;
  // Thousands of rows would cost a long main-thread task on every analysis; show the first ones per category.
  const [showAll, setShowAll] = useState(false);
  const limit = showAll ? Infinity : PER_CATEGORY;
  const hidden = groups.reduce((n, g) => n + Math.max(0, g.conflicts.length - limit), 0);
  return (
    <section className="panel conflicts" aria-label="Conflicts" aria-busy={analysis.stale || (analysis.busy && !analysis.data)}>
      <div className="panel-head">
        <h2>
          Conflicts <span className="count">{analysis.data ? total : '…'}</span>
        </h2>
        {analysis.stale && <span className="muted small-text">updating…</span>}
      </div>
      <div className={analysis.stale ? 'panel-scroll stale' : 'panel-scroll'}>
        {analysis.error && <p className="field-error">Analysis failed: {analysis.error.message}</p>}
        {analysis.data && total === 0 && <p className="muted">No conflicts. The story holds together.</p>}
        <ul className="conflict-list" aria-label="Conflicts, most severe first in each category">
          {groups.flatMap((g) =>
            g.conflicts.slice(0, limit).map((c, i) => (
              <ConflictItem
                key={c.id}
                conflict={c}
                selected={c.id === selectedId}
                onPick={onPick}
                groupHead={i === 0 ? `${CATEGORY_LOOK[g.category].glyph} ${CATEGORY_LOOK[g.category].label} · ${g.conflicts.length}` : undefined}
              />
            )),
          )}
        </ul>
        {hidden > 0 && (
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            Show {hidden} more conflicts
          </button>
        )}
        <DismissedConflicts />
      </div>
    </section>
  );
}
