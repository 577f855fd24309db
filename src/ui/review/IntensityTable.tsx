import { useState } from 'react';
import type { TensionPoint } from '../../core/review/tension';

interface Props {
  readonly points: readonly TensionPoint[];
  readonly selected: string | null;
  readonly onPick: (id: string) => void;
}

/** Up to this many events every row is in the page; beyond it only the rows in view are (see below). */
export const FULL_TABLE_ROWS = 400;
const ROW_HEIGHT = 27;
/** Rows rendered above and below the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 15;
/** Height of the scroll box (review.css, .table-scroll max-height). */
const VIEW_HEIGHT = 260;

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

function Row({ p, selected, onPick, index }: { readonly p: TensionPoint; readonly selected: boolean; readonly onPick: (id: string) => void; readonly index: number }) {
  return (
    <tr data-event-id={p.id} aria-rowindex={index + 2} className={selected ? 'selected' : undefined}>
      <td>
        <button type="button" className="link-button" onClick={() => onPick(p.id)}>
          {p.title}
        </button>
      </td>
      <td>{p.time}</td>
      <td>{p.intensity}</td>
      <td>{marksOf(p)}</td>
    </tr>
  );
}

/**
 * The text alternative of the tension curve: one row per event in timeline order. For a
 * big story (thousands of events) only the rows scrolled into view are rendered (rows of one
 * fixed height, so the window is plain arithmetic), with `aria-rowcount`/`aria-rowindex`
 * telling assistive technology the whole size: rendering 5,000 rows froze the page for
 * seconds when review mode opened. (@tanstack/react-virtual was tried first; the React lint
 * rejects its hook as unsafe to memoise.)
 */
export function IntensityTable({ points, selected, onPick }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const virtual = points.length > FULL_TABLE_ROWS;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(points.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN) : points.length;
  const top = first * ROW_HEIGHT;
  const bottom = (points.length - last) * ROW_HEIGHT;
  return (
    <div
      className={`table-scroll${virtual ? ' virtual' : ''}`}
      onScroll={virtual ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
      tabIndex={virtual ? 0 : undefined} aria-label={virtual ? 'Intensity over time, scrollable' : undefined} role={virtual ? 'group' : undefined}>
      <table className="intensity-table" aria-label="Intensity over time" aria-rowcount={points.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Event</th>
            <th scope="col">Time</th>
            <th scope="col">Intensity</th>
            <th scope="col">Marks</th>
          </tr>
        </thead>
        <tbody>
          {!virtual && points.map((p, i) => <Row key={p.id} p={p} index={i} selected={p.id === selected} onPick={onPick} />)}
          {virtual && top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {virtual &&
            points.slice(first, last).map((p, k) => <Row key={p.id} p={p} index={first + k} selected={p.id === selected} onPick={onPick} />)}
          {virtual && bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
