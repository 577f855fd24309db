import { useCallback, useDeferredValue, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useListVirtualizer } from '../workspace/use-list-virtualizer';
import { getSelection, select, useAnalysis, useDocument, useSelection, useView, useShallow } from '../../state';
import { conflictMarks, NO_CONFLICTS } from '../graph/conflict-marks';
import { plural } from '../words/plural';
import { outlineGrouper } from './outline-grouper';
import { OutlineFiltersBar } from './OutlineFiltersBar';
import { OutlineItem } from './OutlineItem';
import { outlineRows } from './outline-rows';

/** Row height in px (CSS keeps rows on one line at exactly this height), so the virtualizer never measures. */
const ROW_PX = 26;
/** Up to this many rows everything is rendered (cheap, and every event is findable in the page); beyond it only the visible ones. */
export const FULL_RENDER_MAX = 200;
const OVERSCAN = 12;

const domIdOf = (eventId: string): string => `outline-ev-${eventId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
const NO_IDS: ReadonlySet<string> = new Set();

/** All events grouped by scale, filterable, virtualized; selection follows the keyboard and stays in sync with the graph. */
export function EventsOutline() {
  // The parts of the story the outline shows, each by itself: editing a link re-filters nothing here.
  // Deferred, like the canvas: the edited field and the conflict count come first (see StoryGraph).
  const events = useDeferredValue(useDocument((d) => d.story.events));
  const scales = useDocument((d) => d.story.scales);
  const declared = useDocument((d) => d.story.characters);
  const filters = useView(useShallow((v) => v.filters));
  const selected = useSelection((s) => s.events);
  const analysis = useAnalysis();
  const conflicts = useDeferredValue(analysis.data?.conflicts);
  const marks = useMemo(() => conflictMarks(conflicts ?? NO_CONFLICTS), [conflicts]);
  const conflicted = useMemo(() => new Set(marks.events.keys()), [marks]);
  // Which events have conflicts matters only while "Has conflicts" is ticked; otherwise a new analysis re-filters nothing.
  const conflictFilter = filters.conflictsOnly ? conflicted : NO_IDS;
  // Regrouped incrementally: an edit re-places the changed events instead of sorting every scale again.
  const [group] = useState(outlineGrouper);
  const groups = useMemo(() => group({ events, scales }, filters, conflictFilter), [group, events, scales, filters, conflictFilter]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const flat = useMemo(() => outlineRows(groups), [groups]);
  const { rows, indexOf, eventIds, headOf } = flat;

  const [activeId, setActiveId] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const active = activeId !== null && indexOf.has(activeId) ? activeId : (selected.find((id) => indexOf.has(id)) ?? eventIds[0] ?? null);
  const activeRow = active !== null ? indexOf.get(active) : undefined;

  const scrollRef = useRef<HTMLDivElement>(null);
  const full = rows.length <= FULL_RENDER_MAX;
  // The heading of the topmost visible row sticks; the active row is always rendered, so aria-activedescendant points at something.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = new Set([headOf[range.startIndex] ?? 0, ...defaultRangeExtractor(range)]);
      if (activeRow !== undefined) out.add(activeRow);
      return [...out].sort((a, b) => a - b);
    },
    [headOf, activeRow],
  );
  // The same function until the rows change: a new one makes the virtualizer measure every row again (20,000 at a time) on each render.
  const getItemKey = useCallback(
    (i: number) => {
      const r = rows[i]!;
      return r.kind === 'head' ? `head:${r.scale}` : r.event.id;
    },
    [rows],
  );
  const virtualizer = useListVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: full ? rows.length : OVERSCAN,
    rangeExtractor,
    getItemKey,
  });

  // A selection made elsewhere (the graph) becomes the active row and scrolls into view.
  const first = selected[0];
  const [followed, setFollowed] = useState(first);
  if (followed !== first) {
    setFollowed(first);
    if (first !== undefined) setActiveId(first);
  }
  // Only when the selection changes: scrolling forces a layout, which every edit would otherwise pay.
  const scrollToEvent = useEffectEvent((id: string) => {
    const i = indexOf.get(id);
    if (i !== undefined) virtualizer.scrollToIndex(i, { align: 'auto' });
  });
  useEffect(() => {
    if (first !== undefined) scrollToEvent(first);
  }, [first]);

  // Rows as of the last render, for the click handler, which stays the same function so memoised rows do not re-render.
  const rowsRef = useRef({ eventIds, indexOf });
  useLayoutEffect(() => {
    rowsRef.current = { eventIds, indexOf };
  }, [eventIds, indexOf]);
  const onPick = useCallback((id: string, e: MouseEvent) => {
    const { eventIds } = rowsRef.current;
    setActiveId(id);
    if (e.shiftKey && anchor.current && eventIds.includes(anchor.current)) {
      const a = eventIds.indexOf(anchor.current);
      const b = eventIds.indexOf(id);
      const range = eventIds.slice(Math.min(a, b), Math.max(a, b) + 1);
      select({ events: range, links: [], conflictId: null });
      return;
    }
    anchor.current = id;
    const current = getSelection().events;
    if (e.ctrlKey || e.metaKey) {
      select({ events: current.includes(id) ? current.filter((x) => x !== id) : [...current, id], links: [], conflictId: null });
    } else {
      select({ events: [id], links: [], conflictId: null });
    }
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (eventIds.length === 0) return;
    const i = active !== null ? Math.max(0, eventIds.indexOf(active)) : 0;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_PX * 10) / ROW_PX) - 1);
    let next = -1;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(eventIds.length - 1, i + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, i - 1);
        break;
      case 'PageDown':
        next = Math.min(eventIds.length - 1, i + page);
        break;
      case 'PageUp':
        next = Math.max(0, i - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = eventIds.length - 1;
        break;
      case ' ':
      case 'Enter': {
        e.preventDefault();
        if (active === null) return;
        const cur = getSelection().events;
        if (e.ctrlKey || e.metaKey) select({ events: cur.includes(active) ? cur.filter((x) => x !== active) : [...cur, active], links: [], conflictId: null });
        else select({ events: [active], links: [], conflictId: null });
        anchor.current = active;
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    const id = eventIds[next]!;
    setActiveId(id);
    virtualizer.scrollToIndex(indexOf.get(id)!, { align: 'auto' });
    if (e.ctrlKey || e.metaKey) return; // move without selecting
    if (e.shiftKey) {
      const cur = getSelection().events;
      if (!cur.includes(id)) select({ events: [...cur, id], links: [], conflictId: null });
    } else {
      anchor.current = id;
      select({ events: [id], links: [], conflictId: null });
    }
  };

  const shown = eventIds.length;
  const total = events.length;
  const items = virtualizer.getVirtualItems();
  const stickyHead = headOf[virtualizer.range?.startIndex ?? 0] ?? 0;
  return (
    <div className="panel outline">
      <div className="panel-head">
        <h2 id="events-heading">Events</h2>
        <span className="muted small-text" data-testid="outline-shown" aria-live="polite">
          {shown === total ? plural(total, 'event') : `${shown} of ${total} shown`}
        </span>
      </div>
      <OutlineFiltersBar events={events} declared={declared} />
      <section className="outline-region" aria-label="Events">
        <div
          ref={scrollRef}
          className="outline-list"
          role="listbox"
          aria-label="Events by scale"
          aria-multiselectable="true"
          tabIndex={0}
          aria-activedescendant={active !== null && activeRow !== undefined ? domIdOf(active) : undefined}
          onKeyDown={onKeyDown}
        >
          <div className="outline-rows" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((v) => {
              const r = rows[v.index]!;
              const sticky = r.kind === 'head' && v.index === stickyHead;
              const style = sticky ? undefined : { transform: `translateY(${v.start}px)` };
              if (r.kind === 'head') {
                return (
                  <div key={v.key} role="presentation" className={sticky ? 'outline-scale sticky' : 'outline-scale'} style={style}>
                    {r.label} <span className="muted">{r.shown === r.total ? r.total : `${r.shown} of ${r.total}`}</span>
                  </div>
                );
              }
              return (
                <OutlineItem
                  key={v.key}
                  event={r.event}
                  domId={domIdOf(r.event.id)}
                  top={v.start}
                  position={r.position}
                  setSize={shown}
                  selected={selectedSet.has(r.event.id)}
                  active={r.event.id === active}
                  conflictCount={marks.events.get(r.event.id)?.count ?? 0}
                  category={marks.events.get(r.event.id)?.category}
                  onPick={onPick}
                />
              );
            })}
          </div>
        </div>
        {total === 0 && <p className="muted empty">No events yet. Use “Add event” in the Inspector.</p>}
        {total > 0 && shown === 0 && <p className="muted empty">No event matches the filters.</p>}
      </section>
    </div>
  );
}
