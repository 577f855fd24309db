import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../core/model/story';
import { useShallow, useView } from '../../state';
import { filterOutline } from '../outline/filter-events';
import { edgeId, nodeId } from './canvas-ids';

const NONE: ReadonlySet<string> = new Set();

/** Canvas ids of the events (and the links among them) that the Events filters leave out; empty when no filter is set. */
export function filteredOut(story: Pick<Story, 'events' | 'scales' | 'links'>, filters: Parameters<typeof filterOutline>[1], conflicted: ReadonlySet<string>): ReadonlySet<string> {
  const active = filters.text.trim() !== '' || filters.character !== '' || filters.theme !== '' || filters.conflictsOnly;
  if (!active) return NONE;
  const shown = new Set<string>();
  for (const g of filterOutline(story, filters, conflicted)) for (const e of g.events) shown.add(e.id);
  const out = new Set<string>();
  for (const e of story.events) if (!shown.has(e.id)) out.add(nodeId(e.id));
  for (const l of story.links) if (!shown.has(l.from) || !shown.has(l.to)) out.add(edgeId(l.id));
  return out;
}

/**
 * The Events filters act on the canvas too: what they leave out is dimmed (class
 * `filtered-out`), so the matching events stand out where they sit in time and lane.
 * Only the difference to what was dimmed before is touched. Returns a reader of the
 * canvas ids dimmed now, for elements that reach the canvas later (late-elements.ts).
 */
export function useFilterDimming(cy: Core | null, story: Story, conflicted: ReadonlySet<string>, projection: unknown): () => ReadonlySet<string> {
  const filters = useView(useShallow((v) => v.filters));
  const conflictFilter = filters.conflictsOnly ? conflicted : NONE;
  const out = useMemo(() => filteredOut(story, filters, conflictFilter), [story, filters, conflictFilter]);
  const applied = useRef<{ cy: Core | null; ids: ReadonlySet<string> }>({ cy: null, ids: NONE });
  useEffect(() => {
    if (!cy) return;
    if (applied.current.cy !== cy) applied.current = { cy, ids: NONE };
    const before = applied.current.ids;
    cy.batch(() => {
      for (const id of before) if (!out.has(id)) cy.getElementById(id).removeClass('filtered-out');
      // Elements re-added by a patch lose their classes: every id is (re)applied, cheap for a class already there.
      for (const id of out) cy.getElementById(id).addClass('filtered-out');
    });
    applied.current = { cy, ids: out };
  }, [cy, out, projection]);
  return useCallback(() => applied.current.ids, []);
}
