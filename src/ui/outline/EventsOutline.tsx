import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { getSelection, select, useAnalysis, useDocument, useSelection, useView, useShallow } from '../../state';
import { conflictMarks, NO_CONFLICTS } from '../graph/conflict-marks';
import { filterOutline, storyCharacters, storyThemes } from './filter-events';
import { OutlineFiltersBar } from './OutlineFiltersBar';
import { OutlineItem } from './OutlineItem';

/** Rendering thousands of rows at once costs a long task; groups beyond this show a "Show all" button. */
const GROUP_LIMIT = 120;

const domIdOf = (index: number): string => `outline-ev-${index}`;
const NO_IDS: ReadonlySet<string> = new Set();

/** All events grouped by scale, filterable; selection follows the keyboard and stays in sync with the graph. */
export function EventsOutline() {
  // The parts of the story the outline shows, each by itself: editing a link re-filters nothing here.
  const events = useDocument((d) => d.story.events);
  const scales = useDocument((d) => d.story.scales);
  const declared = useDocument((d) => d.story.characters);
  const filters = useView(useShallow((v) => v.filters));
  const selected = useSelection((s) => s.events);
  const analysis = useAnalysis();
  const conflicts = analysis.data?.conflicts;
  const marks = useMemo(() => conflictMarks(conflicts ?? NO_CONFLICTS), [conflicts]);
  const conflicted = useMemo(() => new Set(marks.events.keys()), [marks]);
  // Which events have conflicts matters only while "Has conflicts" is ticked; otherwise a new analysis re-filters nothing.
  const conflictFilter = filters.conflictsOnly ? conflicted : NO_IDS;
  const groups = useMemo(() => filterOutline({ events, scales }, filters, conflictFilter), [events, scales, filters, conflictFilter]);
  const characters = useMemo(() => storyCharacters({ events, characters: declared }), [events, declared]);
  const themes = useMemo(() => storyThemes({ events }), [events]);
  const [showAll, setShowAll] = useState(false);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  // Visible rows in display order: what the arrow keys walk through.
  const rows = useMemo(() => {
    const out: { id: string; scale: string }[] = [];
    for (const g of groups) {
      const limit = showAll ? Infinity : GROUP_LIMIT;
      let k = 0;
      for (const e of g.events) {
        if (k++ >= limit && !selectedSet.has(e.id)) continue;
        out.push({ id: e.id, scale: g.scale });
      }
    }
    return out;
  }, [groups, showAll, selectedSet]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const anchor = useRef<string | null>(null);
  const active = activeId !== null && rowIndex.has(activeId) ? activeId : (selected.find((id) => rowIndex.has(id)) ?? rows[0]?.id ?? null);

  // A selection made elsewhere (the graph) becomes the active row and scrolls into view.
  const first = selected[0];
  const [followed, setFollowed] = useState(first);
  if (followed !== first) {
    setFollowed(first);
    if (first !== undefined) setActiveId(first);
  }
  // Only when the selection changes: scrolling forces a layout, which every edit would otherwise pay.
  useEffect(() => {
    if (first === undefined) return;
    document.querySelector(`.outline-list [data-event-id="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [first]);

  // Rows as of the last render, for the click handler, which stays the same function so memoised rows do not re-render.
  const rowsRef = useRef({ rows, rowIndex });
  useLayoutEffect(() => {
    rowsRef.current = { rows, rowIndex };
  }, [rows, rowIndex]);
  const onPick = useCallback(
    (id: string, e: MouseEvent) => {
      const { rows, rowIndex } = rowsRef.current;
      setActiveId(id);
      if (e.shiftKey && anchor.current && rowIndex.has(anchor.current)) {
        const a = rowIndex.get(anchor.current)!;
        const b = rowIndex.get(id)!;
        const range = rows.slice(Math.min(a, b), Math.max(a, b) + 1).map((r) => r.id);
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
    },
    [],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const i = active !== null ? (rowIndex.get(active) ?? 0) : 0;
    let next = -1;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, i + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, i - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
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
    const id = rows[next]!.id;
    setActiveId(id);
    document.getElementById(domIdOf(next))?.scrollIntoView({ block: 'nearest' });
    if (e.ctrlKey || e.metaKey) return; // move without selecting
    if (e.shiftKey) {
      const cur = getSelection().events;
      if (!cur.includes(id)) select({ events: [...cur, id], links: [], conflictId: null });
    } else {
      anchor.current = id;
      select({ events: [id], links: [], conflictId: null });
    }
  };

  const shown = rows.length;
  const filteredCount = groups.reduce((n, g) => n + g.events.length, 0);
  const total = events.length;
  const activeIndex = active !== null ? rowIndex.get(active) : undefined;
  return (
    <div className="panel outline">
      <div className="panel-head">
        <h2 id="events-heading">Events</h2>
        <span className="muted small-text" aria-live="polite">
          {filteredCount === total ? `${total}` : `${filteredCount} of ${total}`}
        </span>
      </div>
      <OutlineFiltersBar characters={characters} themes={themes} />
      <section className="outline-region" aria-label="Events">
      <div
        className="outline-list"
        role="listbox"
        aria-label="Events by scale"
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={activeIndex !== undefined ? domIdOf(activeIndex) : undefined}
        onKeyDown={onKeyDown}
      >
        {groups.map((g) => {
          const limit = showAll ? Infinity : GROUP_LIMIT;
          const headId = `outline-scale-${g.scale}`;
          return (
            <ul key={g.scale} role="group" aria-labelledby={headId} className="outline-group">
              <li role="presentation" className="outline-scale" id={headId}>
                {g.label}{' '}
                <span className="muted">{g.events.length === g.total ? g.total : `${g.events.length} of ${g.total}`}</span>
              </li>
              {g.events.map((e, k) => {
                if (k >= limit && !selectedSet.has(e.id)) return null;
                const index = rowIndex.get(e.id)!;
                return (
                  <OutlineItem
                    key={e.id}
                    event={e}
                    domId={domIdOf(index)}
                    selected={selectedSet.has(e.id)}
                    active={e.id === active}
                    conflictCount={marks.events.get(e.id)?.count ?? 0}
                    category={marks.events.get(e.id)?.category}
                    onPick={onPick}
                  />
                );
              })}
            </ul>
          );
        })}
      </div>
      {total === 0 && <p className="muted empty">No events yet. Use “Add event” in the Inspector.</p>}
      </section>
      {shown < filteredCount && (
        <button type="button" className="link-button outline-more" onClick={() => setShowAll(true)}>
          Show all {filteredCount} events
        </button>
      )}
    </div>
  );
}
