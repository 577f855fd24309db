import { memo } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { CATEGORY_LOOK } from '../categories';
import { conflictTypeName } from '../words/conflict-type-name';

interface Props {
  /** Compared by identity: ConflictsPanel keeps the same object while the conflict is unchanged. */
  readonly conflict: Conflict;
  readonly selected: boolean;
  readonly onPick: (c: Conflict) => void;
  /** Set on the first conflict of a category: the group's heading, drawn inside the item so the list stays one flat list. */
  readonly groupHead?: string;
  /** Place in the virtualized list: index (for measuring), offset in px, 1-based position and list size. */
  readonly index: number;
  readonly top: number;
  readonly setSize: number;
  /** Whether the card's button is the list's one Tab stop (the others are reached with the arrow keys). */
  readonly tabbable: boolean;
  readonly measure: (el: HTMLLIElement | null) => void;
}

/** One conflict: its message (naming the events), how severe, and a button that frames it on the canvas. */
export const ConflictItem = memo(function ConflictItem({ conflict, selected, onPick, groupHead, index, top, setSize, tabbable, measure }: Props) {
  const look = CATEGORY_LOOK[conflict.category];
  return (
    <li
      ref={measure}
      data-index={index}
      className={`conflict-item${selected ? ' selected' : ''}${groupHead ? ' group-start' : ''}`}
      data-conflict-type={conflict.type}
      data-conflict-id={conflict.id}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${top}px)`, ['--group-ink' as string]: look.ink, ['--cat' as string]: look.color }}
    >
      {groupHead && <div className="conflict-group-head">{groupHead}</div>}
      <button type="button" className="conflict-pick" aria-pressed={selected} tabIndex={tabbable ? 0 : -1} onClick={() => onPick(conflict)}>
        <span className="conflict-type" style={{ color: look.ink }}>
          <span aria-hidden="true">{look.glyph} </span>
          {conflictTypeName(conflict.type)}
          <span className="severity" title="Severity: 0 (mild) to 1 (breaks the story)">
            <span className="visually-hidden">, severity </span>
            {conflict.severity.toFixed(2)}
          </span>
        </span>
        <span className="conflict-message">{conflict.message}</span>
      </button>
    </li>
  );
});
