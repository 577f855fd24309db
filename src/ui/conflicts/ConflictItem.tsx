import { memo } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { CATEGORY_LOOK } from '../categories';

interface Props {
  /** Compared by identity: ConflictsPanel keeps the same object while the conflict is unchanged. */
  readonly conflict: Conflict;
  readonly selected: boolean;
  readonly onPick: (c: Conflict) => void;
  /** Set on the first conflict of a category: drawn as the group's heading (CSS), so the list stays one flat list. */
  readonly groupHead?: string;
}

/** One conflict: its message (naming the events), how severe, and a button that frames it on the canvas. */
export const ConflictItem = memo(function ConflictItem({ conflict, selected, onPick, groupHead }: Props) {
  const look = CATEGORY_LOOK[conflict.category];
  return (
    <li
      className={`conflict-item${selected ? ' selected' : ''}${groupHead ? ' group-start' : ''}`}
      data-group-head={groupHead}
      data-conflict-type={conflict.type}
      data-conflict-id={conflict.id}
      style={{ borderLeftColor: look.color, ['--group-ink' as string]: look.ink }}
    >
      <button type="button" className="conflict-pick" aria-pressed={selected} onClick={() => onPick(conflict)}>
        <span className="conflict-type" style={{ color: look.ink }}>
          <span aria-hidden="true">{look.glyph} </span>
          {conflict.type.replace(/-/g, ' ')}
          <span className="severity" title="Severity">
            <span className="visually-hidden">, severity </span>
            {conflict.severity.toFixed(2)}
          </span>
        </span>
        <span className="conflict-message">{conflict.message}</span>
      </button>
    </li>
  );
});
