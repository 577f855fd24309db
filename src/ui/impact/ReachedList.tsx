import { memo, useState } from 'react';
import { hoverReach, select, type RippleReach } from '../../state';
import { frameEvents } from '../graph/graph-controller';
import { impactDelta, impactPercent, impactTier } from './format';

const PAGE = 100;

interface Props {
  readonly reached: readonly RippleReach[];
  readonly titleOf: (id: string) => string;
  /** The real impacts while a what-if is previewed, to show what it would change. */
  readonly before?: ReadonlyMap<string, number>;
  readonly hovered: string | null;
}

interface RowProps {
  readonly reach: RippleReach;
  readonly title: string;
  readonly delta: string | null;
  readonly hovered: boolean;
}

const Row = memo(function Row({ reach, title, delta, hovered }: RowProps) {
  return (
    <tr
      data-event-id={reach.event}
      className={hovered ? 'hovered' : undefined}
      onMouseEnter={() => hoverReach(reach.event)}
      onMouseLeave={() => hoverReach(null)}
    >
      <th scope="row">
        <button
          type="button"
          className="link-button reach-title"
          title="Select this event; its best path is highlighted on the canvas"
          onFocus={() => hoverReach(reach.event)}
          onBlur={() => hoverReach(null)}
          onClick={() => {
            select({ events: [reach.event], links: [], conflictId: null });
            frameEvents(reach.path);
          }}
        >
          <span className={`tier tier-${impactTier(reach.impact)}`} aria-hidden="true" />
          {title}
        </button>
      </th>
      <td className="num" data-impact={reach.impact}>
        {impactPercent(reach.impact)}
        {delta !== null && delta !== '' && <span className="delta"> ({delta})</span>}
      </td>
      <td className="num">{reach.hops}</td>
    </tr>
  );
});

/** The reached events, strongest first, with impact and hops; hovering or focusing one highlights its best path. */
export function ReachedList({ reached, titleOf, before, hovered }: Props) {
  const [shown, setShown] = useState(PAGE);
  const rows = reached.slice(0, shown);
  return (
    <>
      <table className="impact-reached" aria-label="Reached events">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col" className="num">
              Impact
            </th>
            <th scope="col" className="num">
              Hops
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row
              key={r.event}
              reach={r}
              title={titleOf(r.event)}
              delta={before ? impactDelta(before.get(r.event) ?? 0, r.impact) : null}
              hovered={hovered === r.event}
            />
          ))}
        </tbody>
      </table>
      {reached.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show {Math.min(PAGE * 5, reached.length - shown)} more of {reached.length - shown}
        </button>
      )}
    </>
  );
}
