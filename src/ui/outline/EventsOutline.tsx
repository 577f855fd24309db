import { useCallback, useDeferredValue, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useListVirtualizer } from '../workspace/use-list-virtualizer';
import { getSelection, select, useAnalysis, useDocument, useSelection, useView, useShallow } from '../../state';
import { NO_CONFLICTS } from '../graph/conflict-marks';
import { eventIndex } from '../common/event-lookup';
import { conflictMarksTracker } from '../conflicts/conflict-marks-tracker';
import { countText, plural } from '../words/plural';
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
  // Kept across analyses: an edit re-marks only the events its few changed conflicts touch.
  const [trackMarks] = useState(conflictMarksTracker);
  const marks = useMemo(() => trackMarks(conflicts ?? NO_CONFLICTS), [trackMarks, conflicts]);
  // Which events have conflicts matters only while "Has conflicts" is ticked; otherwise a new analysis re-filters nothing.
  const conflictFilter = useMemo(() => (filters.conflictsOnly ? new Set(marks.events.keys()) : NO_IDS), [filters.conflictsOnly, marks]);
  // Regrouped incrementally: an edit re-places the changed events instead of sorting every scale again.
  const [group] = useState(outlineGrouper);
  const groups = useMemo(() => group({ events, scales }, filters, conflictFilter), [group, events, scales, filters, conflictFilter]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const flat = useMemo(() => {
    const index = eventIndex(events);
    return outlineRows(groups, (id) => {
      const at = index.get(id);
      const e = at === undefined ? undefined : events[at];
      return e && at !== undefined ? { scale: e.scale, time: e.time, at } : undefined;
    });
  }, [groups, events]);
  const { rows } = flat;
  const eventIdAt = (k: number): string | null => {
    const r = k >= 0 && k < flat.eventCount ? rows[flat.eventRow(k)] : undefined;
    return r?.kind === 'event' ? r.event.id : null;
  };

  const [activeId, setActiveId] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  // The first few selected events only: each lookup walks the rows.
  // Where the active row was among the events: when its event goes (Delete), the one that takes its
  // place becomes active, not the first of the list.
  const [activeAt, setActiveAt] = useState(0);
  const active =
    activeId !== null && flat.indexOf(activeId) !== undefined
      ? activeId
      : (selected.slice(0, 16).find((id) => flat.indexOf(id) !== undefined) ?? eventIdAt(Math.min(activeAt, Math.max(0, flat.eventCount - 1))));
  const activeRow = active !== null ? flat.indexOf(active) : undefined;
  const at = activeRow !== undefined ? flat.eventIndexOf(activeRow) : undefined;
  if (at !== undefined && at >= 0 && at !== activeAt) setActiveAt(at);

  const scrollRef = useRef<HTMLDivElement>(null);
  const full = rows.length <= FULL_RENDER_MAX;
  // The heading of the topmost visible row sticks; the active row is always rendered, so aria-activedescendant points at something.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = new Set([flat.headOf(range.startIndex), ...defaultRangeExtractor(range)]);
      if (activeRow !== undefined) out.add(activeRow);
      return [...out].sort((a, b) => a - b);
    },
    [flat, activeRow],
  );
  // Rows are keyed by index (all are ROW_PX high): a key per event made the virtualizer measure all 20,000 rows again after
  // every edit; by index an edit that keeps the number of rows measures nothing, and only the rows on screen re-render.
  const virtualizer = useListVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: full ? rows.length : OVERSCAN,
    rangeExtractor,
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
    const i = flat.indexOf(id);
    if (i !== undefined) virtualizer.scrollToIndex(i, { align: 'auto' });
  });
  useEffect(() => {
    if (first !== undefined) scrollToEvent(first);
  }, [first]);

  // Rows as of the last render, for the click handler, which stays the same function so memoised rows do not re-render.
  const rowsRef = useRef(flat);
  useLayoutEffect(() => {
    rowsRef.current = flat;
  }, [flat]);
  const onPick = useCallback((id: string, e: MouseEvent) => {
    const shownRows = rowsRef.current;
    setActiveId(id);
    const a = anchor.current !== null ? shownRows.indexOf(anchor.current) : undefined;
    const b = shownRows.indexOf(id);
    if (e.shiftKey && a !== undefined && b !== undefined) {
      const range = shownRows.rows.slice(Math.min(a, b), Math.max(a, b) + 1).flatMap((r) => (r.kind === 'event' ? [r.event.id] : []));
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
    const count = flat.eventCount;
    if (count === 0) return;
    const i = activeRow !== undefined ? Math.max(0, flat.eventIndexOf(activeRow)) : 0;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_PX * 10) / ROW_PX) - 1);
    let next = -1;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(count - 1, i + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, i - 1);
        break;
      case 'PageDown':
        next = Math.min(count - 1, i + page);
        break;
      case 'PageUp':
        next = Math.max(0, i - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
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
    const id = eventIdAt(next)!;
    setActiveId(id);
    virtualizer.scrollToIndex(flat.eventRow(next), { align: 'auto' });
    if (e.ctrlKey || e.metaKey) return; // move without selecting
    if (e.shiftKey) {
      const cur = getSelection().events;
      if (!cur.includes(id)) select({ events: [...cur, id], links: [], conflictId: null });
    } else {
      anchor.current = id;
      select({ events: [id], links: [], conflictId: null });
    }
  };

  const shown = flat.eventCount;
  const total = events.length;
  const items = virtualizer.getVirtualItems();
  const stickyHead = flat.headOf(virtualizer.range?.startIndex ?? 0);
  return (
    <div className="panel outline">
      <div className="panel-head">
        <h2 id="events-heading">Events</h2>
        <span className="muted small-text" data-testid="outline-shown" aria-live="polite">
          {shown === total ? plural(total, 'event') : `${countText(shown)} of ${countText(total)} shown`}
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
                  position={flat.eventIndexOf(v.index) + 1}
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
