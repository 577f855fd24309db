import { memo, type MouseEvent } from 'react';
import type { StoryEvent } from '../../core/model/story';
import { CATEGORY_LOOK } from '../categories';
import type { ConflictCategory } from '../../core/analysis/conflict';

interface Props {
  readonly event: StoryEvent;
  readonly domId: string;
  readonly selected: boolean;
  readonly active: boolean;
  /** Conflicts touching the event (0 for none) and the category that decides the badge; primitives, so memo holds across analyses. */
  readonly conflictCount: number;
  readonly category: ConflictCategory | undefined;
  readonly onPick: (id: string, e: MouseEvent) => void;
}

/** One event in the outline: title, time, and its conflict badge. Memoised: 5,000 of these must not re-render on every selection. */
export const OutlineItem = memo(function OutlineItem({ event, domId, selected, active, conflictCount, category, onPick }: Props) {
  const look = category && conflictCount > 0 ? CATEGORY_LOOK[category] : null;
  return (
    <li
      id={domId}
      role="option"
      aria-selected={selected}
      className={`outline-item${active ? ' active' : ''}`}
      data-event-id={event.id}
      onClick={(e) => onPick(event.id, e)}
    >
      <span className="outline-title">{event.title || event.id}</span>
      <span className="outline-time">t={event.time}</span>
      {look && (
        <span className="badge" style={{ color: look.ink, borderColor: look.color }}>
          <span aria-hidden="true">{look.glyph}</span>
          <span className="visually-hidden">, {conflictCount === 1 ? '1 conflict' : `${conflictCount} conflicts`}</span>
          <span aria-hidden="true">{conflictCount}</span>
        </span>
      )}
    </li>
  );
});
