import type { Core } from 'cytoscape';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../../core/model/story';
import { useShallow, useView } from '../../state';
import { anyFilter, passingEventIds, type OutlineFilters } from '../outline/filter-events';
import { edgeId, nodeId } from './canvas-ids';
import { SlicedDimming } from './sliced-dimming';

const NONE: ReadonlySet<string> = new Set();

/** Canvas ids of the events (and the links among them) that the Events filters leave out; empty when no filter is set. */
export function filteredOut(story: Pick<Story, 'events' | 'links'>, filters: OutlineFilters, conflicted: ReadonlySet<string>): ReadonlySet<string> {
  if (!anyFilter(filters)) return NONE;
  const shown = passingEventIds(story, filters, conflicted);
  const out = new Set<string>();
  for (const e of story.events) if (!shown.has(e.id)) out.add(nodeId(e.id));
  for (const l of story.links) if (!shown.has(l.from) || !shown.has(l.to)) out.add(edgeId(l.id));
  return out;
}

/**
 * The Events filters act on the canvas too: what they leave out is dimmed
 * (filter-dim-style.ts), so the matching events stand out where they sit in time and lane.
 * The canvas follows the filters as a deferred value, after the outline, and restyles in
 * slices (sliced-dimming.ts): typing a filter into a 20,000-event story is answered key by
 * key. Only the difference to what was dimmed before is touched. Returns a reader of the
 * canvas ids to dim now, for elements that reach the canvas later (late-elements.ts),
 * whether slices are still running, and the ids the filters leave out (for what is drawn
 * beside Cytoscape, such as the duration bars).
 */
export function useFilterDimming(
  cy: Core | null,
  story: Story,
  conflicted: ReadonlySet<string>,
  projection: unknown,
): { readonly intended: () => ReadonlySet<string>; readonly busy: boolean; readonly out: ReadonlySet<string> } {
  const filters = useDeferredValue(useView(useShallow((v) => v.filters)));
  const conflictFilter = filters.conflictsOnly ? conflicted : NONE;
  const out = useMemo(() => filteredOut(story, filters, conflictFilter), [story, filters, conflictFilter]);
  const dimming = useRef<SlicedDimming | null>(null);
  const [busy, setBusy] = useState(false);
  const last = useRef<{ projection: unknown }>({ projection: null });
  useEffect(() => {
    if (!cy) return;
    const d = new SlicedDimming(cy, undefined, setBusy);
    dimming.current = d;
    return () => {
      d.cancel();
      if (dimming.current === d) dimming.current = null;
    };
  }, [cy]);
  useEffect(() => {
    const d = dimming.current;
    if (!cy || !d) return;
    // Elements re-added by a patch lose their classes: after a new projection every id is (re)applied, cheap for a class already there.
    const reapply = last.current.projection !== projection;
    last.current.projection = projection;
    d.set(out, reapply);
  }, [cy, out, projection]);
  const intended = useCallback(() => dimming.current?.intended ?? NONE, []);
  return { intended, busy, out };
}
