import { useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useListVirtualizer } from '../workspace/use-list-virtualizer';
import type { Conflict } from '../../core/analysis/conflict';
import { select, useAnalysis, useDocument, useSelection } from '../../state';
import { CATEGORY_LOOK } from '../categories';
import { frameEvents } from '../graph/graph-controller';
import { DismissedConflicts } from '../proposals/DismissedConflicts';
import { plural } from '../words/plural';
import { ConflictItem } from './ConflictItem';
import { useStableConflicts } from './use-stable-conflicts';
import { ConflictRows } from './conflict-rows';
import { conflictGrouper } from './group-conflicts';

const NO_CONFLICTS: readonly Conflict[] = [];

/** Up to this many conflicts every card is rendered; beyond it only those in view (and a few around). */
const FULL_RENDER_MAX = 150;
const OVERSCAN = 6;
/** A two-line card; the real height is measured once the card is on screen. */
const ESTIMATE_PX = 64;

/** All active conflicts, grouped by category, most severe first; picking one selects and frames its events. */
export function ConflictsPanel() {
  const analysis = useAnalysis();
  const selectedId = useSelection((s) => s.conflictId);
  // Deferred: regrouping thousands of conflicts runs after the count in the status bar is current.
  // The panel's own count and its "no conflicts" note follow the same deferred result as its list:
  // a just-opened story's list is not there yet while the status bar already counts it.
  const storyKey = useDocument((d) => d.storyKey);
  const current = useMemo(() => ({ storyKey, data: analysis.data }), [storyKey, analysis.data]);
  const deferred = useDeferredValue(current);
  const data = deferred.data;
  const catchingUp = deferred !== current;
  // The list still shows the story that was open before (a story is opening): no count of it.
  const otherStory = deferred.storyKey !== storyKey;
  const conflicts = useStableConflicts(data?.conflicts);
  // Kept across analyses: an edit moves the few conflicts that came or went instead of sorting thousands again.
  const [group] = useState(conflictGrouper);
  /** The card the keyboard was last on (its row), where Tab comes back to. */
  const [lastFocused, setLastFocused] = useState<number | null>(null);
  const groups = useMemo(() => group(conflicts ?? NO_CONFLICTS), [group, conflicts]);
  // One list of rows; the first card of each category carries the category's heading.
  const rows = useMemo(() => new ConflictRows(groups), [groups]);
  const onPick = useCallback((c: Conflict) => {
    select({ conflictId: c.id, events: [...c.events], links: [...c.links] });
    frameEvents(c.events);
  }, []);
  const total = conflicts?.length ?? 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The same function until the list changes: a new one makes the virtualizer measure every card again on each render.
  const getItemKey = useCallback((i: number) => rows.conflictAt(i).id, [rows]);
  const virtualizer = useListVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE_PX,
    overscan: rows.length <= FULL_RENDER_MAX ? rows.length : OVERSCAN,
    getItemKey,
  });

  // A conflict selected elsewhere (a proposal accepted, a dismissed one restored) scrolls into view.
  const scrollToConflict = useEffectEvent((id: string) => {
    const i = rows.indexOf(id);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  });
  useEffect(() => {
    if (selectedId) scrollToConflict(selectedId);
  }, [selectedId]);

  // Up/Down, Home/End move between the cards' buttons, including to cards not rendered yet.
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const step = keys[e.key];
    if (step === undefined || rows.length === 0) return;
    const from = Number((e.target as HTMLElement).closest('li')?.dataset.index ?? 0);
    const to = Math.max(0, Math.min(rows.length - 1, Number.isFinite(step) ? from + step : step < 0 ? 0 : rows.length - 1));
    e.preventDefault();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const focus = (tries: number) => {
      const button = listRef.current?.querySelector<HTMLButtonElement>(`li[data-index="${to}"] button`);
      if (button) button.focus({ preventScroll: true });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  };

  const items = virtualizer.getVirtualItems();
  // One Tab stop for the whole list (Up/Down, Home/End move within it): with 17,000 conflicts,
  // Tab would otherwise take thousands of presses to get past them. The stop is the card last
  // focused, else the selected one, else the first; a card scrolled out of the rendered rows
  // hands it to the first one rendered, so that Tab always finds the list.
  const wanted = lastFocused ?? (selectedId ? rows.indexOf(selectedId) : -1);
  const rendered = (i: number): boolean => items.length > 0 && i >= items[0]!.index && i <= items.at(-1)!.index;
  const tabStop = rendered(wanted) ? wanted : (items[0]?.index ?? 0);
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const index = Number((e.target as HTMLElement).closest('li')?.dataset.index);
    if (Number.isInteger(index)) setLastFocused(index);
  };
  return (
    <section className="panel conflicts" aria-label="Conflicts" aria-busy={analysis.stale || catchingUp || (analysis.busy && !analysis.data)}>
      <div className="panel-head">
        <h2>
          Conflicts <span className="count">{analysis.data && data && !otherStory ? total : '…'}</span>
        </h2>
        {analysis.stale && <span className="muted small-text">updating…</span>}
      </div>
      {analysis.error && <p className="field-error panel-note">Analysis failed: {analysis.error.message}</p>}
      {data && !catchingUp && total === 0 && <p className="muted panel-note">No conflicts. The story holds together.</p>}
      <div ref={scrollRef} className={analysis.stale ? 'panel-scroll conflicts-scroll stale' : 'panel-scroll conflicts-scroll'}>
        <ul
          ref={listRef}
          className="conflict-list"
          aria-label={`Conflicts, most severe first in each category (${plural(total, 'conflict')})`}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {items.map((v) => {
            const { conflict, group, inGroup } = rows.at(v.index);
            const look = CATEGORY_LOOK[group.category];
            return (
              <ConflictItem
                key={v.key}
                conflict={conflict}
                selected={conflict.id === selectedId}
                onPick={onPick}
                groupHead={inGroup === 0 ? `${look.glyph} ${look.label} · ${group.conflicts.length}` : undefined}
                index={v.index}
                top={v.start}
                setSize={rows.length}
                tabbable={v.index === tabStop}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </ul>
        <DismissedConflicts />
      </div>
    </section>
  );
}
