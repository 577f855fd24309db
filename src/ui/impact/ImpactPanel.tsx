import { useCallback, useMemo } from 'react';
import {
  hideImpact,
  showImpact,
  useDocument,
  useOverlay,
  useRipple,
  useSelection,
  useView,
  useWhatIfRipple,
  type Ripple,
} from '../../state';
import { eventTitles } from '../common/event-titles';
import { ImpactControls } from './ImpactControls';
import { ReachedList } from './ReachedList';
import { ScaleTotals } from './ScaleTotals';
import { TouchedList } from './TouchedList';
import { WhatIfControls } from './WhatIfControls';

const EMPTY_IMPACTS: ReadonlyMap<string, number> = new Map();

function impactsOf(ripple: Ripple | undefined): ReadonlyMap<string, number> {
  return ripple ? new Map(ripple.reached.map((r) => [r.event, r.impact])) : EMPTY_IMPACTS;
}

/**
 * The ripple of the event shown with Show impact (or the i key): reached events with
 * impact and hops, totals per scale, what it touches; direction, minimum impact and
 * depth; and a what-if preview of a link strength change.
 */
export function ImpactPanel() {
  const impact = useView((v) => v.impact);
  const story = useDocument((d) => d.story);
  const selectedOne = useSelection((s) => (s.events.length === 1 ? s.events[0]! : null));
  const real = useRipple();
  const whatIf = useWhatIfRipple();
  const whatIfActive = useOverlay((o) => o.whatIf !== null);
  const hovered = useOverlay((o) => o.hoveredReach);

  const titles = useMemo(() => eventTitles(story.events), [story.events]);
  const titleOf = useCallback((id: string) => titles.title(id), [titles]);
  const names = useMemo(() => new Map((story.characters ?? []).map((c) => [c.id, c.name ?? c.id])), [story.characters]);
  const characterName = useCallback((id: string) => names.get(id) ?? id, [names]);

  const shown = whatIfActive ? whatIf : real;
  const ripple = shown.data;
  const before = useMemo(() => (whatIfActive ? impactsOf(real.data) : undefined), [whatIfActive, real.data]);
  // Finished = the answer for exactly the question on screen (revision, options, what-if) is in.
  const finished = impact !== null && ripple !== undefined && !shown.stale && !shown.busy && ripple.source === impact.sourceId;
  const sourceGone = impact !== null && !titles.has(impact.sourceId);

  return (
    <section className="panel impact" aria-label="Impact" aria-busy={impact !== null && !finished && !shown.error}>
      <div className="panel-head">
        <h2>
          Impact {ripple && impact && <span className="count">{ripple.reached.length}</span>}
        </h2>
        {impact && (
          <button type="button" className="small" onClick={hideImpact}>
            Hide impact
          </button>
        )}
      </div>
      <div className={shown.stale ? 'panel-scroll stale' : 'panel-scroll'} data-testid="impact-body" data-finished={finished}>
        {!impact && (
          <p className="muted">
            {selectedOne
              ? `Press Show impact (or the I key) to see what “${titleOf(selectedOne)}” changes.`
              : 'Select an event and press Show impact (or the I key) to see how far it reaches.'}
          </p>
        )}
        {impact && sourceGone && <p className="muted">The event this ripple came from is no longer in the story.</p>}
        {impact && selectedOne && selectedOne !== impact.sourceId && (
          // The panel keeps the ripple asked for; it says so when the selection moved on, and offers to follow.
          <p className="impact-switch" role="status">
            Showing the impact of <strong>{titleOf(impact.sourceId)}</strong>, not of the selected event.{' '}
            <button type="button" className="small" onClick={() => showImpact(selectedOne)}>
              Switch to “{titleOf(selectedOne)}”
            </button>
          </p>
        )}
        {impact && !sourceGone && (
          <>
            <p className="impact-source">
              {impact.direction === 'forward' ? 'What ' : 'What led to '}
              <strong>{titleOf(impact.sourceId)}</strong>
              {impact.direction === 'forward' ? ' changes' : ''}
              {ripple && (
                <span className="muted">
                  {' '}
                  · {ripple.reached.length} {ripple.reached.length === 1 ? 'event' : 'events'} reached
                  {whatIfActive ? ' (what-if)' : ''}
                </span>
              )}
            </p>
            <ImpactControls impact={impact} />
            {shown.error && <p className="field-error">{shown.error.message}</p>}
            {ripple && (
              <>
                <ScaleTotals scales={story.scales} perScale={ripple.perScale} />
                <TouchedList ripple={ripple} characterName={characterName} />
                {ripple.reached.length === 0 ? (
                  <p className="muted">Nothing is reached above the minimum impact.</p>
                ) : (
                  <ReachedList
                    key={`${impact.sourceId}|${impact.direction}`}
                    reached={ripple.reached}
                    titleOf={titleOf}
                    hovered={hovered}
                    {...(before ? { before } : {})}
                  />
                )}
              </>
            )}
            <details className="what-if-box">
              <summary>What if…</summary>
              <WhatIfControls impact={impact} titleOf={titleOf} />
            </details>
          </>
        )}
      </div>
    </section>
  );
}
