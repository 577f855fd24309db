import { memo, type MouseEvent } from 'react';
import type { StoryEvent } from '../../core/model/story';
import { CATEGORY_LOOK } from '../categories';
import type { ConflictCategory } from '../../core/analysis/conflict';
import { plural } from '../words/plural';

interface Props {
  readonly event: StoryEvent;
  readonly domId: string;
  /** Offset from the top of the list, px (the list is virtualized). */
  readonly top: number;
  /** 1-based place among the shown events and their number, so a screen reader says "3 of 50" although few rows exist. */
  readonly position: number;
  readonly setSize: number;
  readonly selected: boolean;
  readonly active: boolean;
  /** Conflicts touching the event (0 for none) and the category that decides the badge; primitives, so memo holds across analyses. */
  readonly conflictCount: number;
  readonly category: ConflictCategory | undefined;
  readonly onPick: (id: string, e: MouseEvent) => void;
}

/** One event in the outline: title, time, and its conflict badge. Memoised: rows must not re-render on every selection. */
export const OutlineItem = memo(function OutlineItem({ event, domId, top, position, setSize, selected, active, conflictCount, category, onPick }: Props) {
  const look = category && conflictCount > 0 ? CATEGORY_LOOK[category] : null;
  return (
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      className={`outline-item${active ? ' active' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-event-id={event.id}
      title={event.title || event.id}
      onClick={(e) => onPick(event.id, e)}
    >
      <span className="outline-title">{event.title || event.id}</span>
      <span className="outline-time">t={event.time}</span>
      {look && (
        <span className="badge" style={{ color: look.ink, borderColor: look.color }}>
          <span aria-hidden="true">{look.glyph}</span>
          <span className="visually-hidden">, {plural(conflictCount, 'conflict')}</span>
          <span aria-hidden="true">{conflictCount}</span>
        </span>
      )}
    </div>
  );
});
