import type { Core, ElementDefinition } from 'cytoscape';
import { changedParts, restyles, syncElement } from './element-sync';
import { removeElements } from './remove-elements';

/** Ids that may differ between the applied map and the next one (see Projection.changes). */
export interface PatchHint {
  readonly base: ReadonlyMap<string, ElementDefinition>;
  readonly ids: readonly string[];
}

/** Where patchGraph hands over what is too much for one frame (ChunkedFill puts it on over frames). */
export interface PatchDefer {
  /** Takes the new elements when there are more than `above`. */
  readonly above: number;
  readonly queue: (defs: ElementDefinition[]) => void;
  /**
   * Takes every change (element id to SYNC_* parts) and the new elements when more than
   * `restyledAbove` elements would be styled again (new, or their data or classes changed):
   * after Accept all safe fixes at 5,000 dense events, 12,000 of them, a frame of 0.8-2 s.
   */
  readonly sync?: { readonly restyledAbove: number; readonly changes: (changes: ReadonlyMap<string, number>) => void };
}

/**
 * Brings the canvas from the `applied` projection to `next` in one batch: adds new
 * elements, removes gone ones, and for changed ones sets only the part that changed
 * (data, classes or position). Unchanged elements are recognised by identity, so a
 * story of 10,000 elements with one edit costs one comparison per element and one
 * Cytoscape call; with a `hint` whose base is `applied`, only the hinted ids are
 * visited at all. What `defer` takes goes on over the next frames; the returned map, the one
 * the canvas is to hold, counts it as applied.
 */
export function patchGraph(
  cy: Core,
  applied: ReadonlyMap<string, ElementDefinition>,
  next: ReadonlyMap<string, ElementDefinition>,
  hint?: PatchHint,
  defer?: PatchDefer,
): ReadonlyMap<string, ElementDefinition> {
  if (applied === next) return next;
  const ids: Iterable<string> = hint && hint.base === applied ? hint.ids : allIds(applied, next);
  const addNodes: ElementDefinition[] = [];
  const addEdges: ElementDefinition[] = [];
  cy.batch(() => {
    const gone = cy.collection();
    const updates: string[] = [];
    for (const id of ids) {
      const before = applied.get(id);
      const def = next.get(id);
      if (before && (!def || def.group !== before.group)) gone.merge(cy.getElementById(id));
      if (def) updates.push(id);
    }
    // Edges go with their nodes; remove before adding so re-used ids do not clash.
    if (gone.nonempty()) removeElements(cy, gone);
    const changes = new Map<string, number>();
    let restyled = 0;
    for (const id of updates) {
      const def = next.get(id)!;
      const before = applied.get(id);
      if (!before || before.group !== def.group) {
        (def.group === 'nodes' ? addNodes : addEdges).push(def);
        continue;
      }
      if (before === def) continue;
      // Kept even when no drawn part changed: an element not on the canvas yet is added with its new definition.
      const parts = changedParts(before, def);
      changes.set(id, parts);
      if (restyles(parts)) restyled++;
    }
    const later = defer?.sync !== undefined && addNodes.length + addEdges.length + restyled > defer.sync.restyledAbove;
    for (const [id, parts] of changes) {
      const ele = cy.getElementById(id);
      if (ele.empty()) {
        // Not on the canvas yet (still queued, or an edge that waited for its ends): added whole instead.
        const def = next.get(id)!;
        (def.group === 'nodes' ? addNodes : addEdges).push(def);
        if (later) changes.delete(id);
      } else if (parts === 0) {
        if (later) changes.delete(id);
      } else if (!later) syncElement(ele, next.get(id)!, parts);
    }
    if (later) {
      // Too much for one frame: the new elements and every change go onto the canvas over frames (the new ones are drawn first).
      defer.sync.changes(changes);
      defer.queue(addNodes.concat(addEdges));
      return;
    }
    // Nodes first: a new edge needs both ends on the canvas.
    if (defer && addNodes.length + addEdges.length > defer.above) {
      defer.queue(addNodes.concat(addEdges));
      return;
    }
    if (addNodes.length > 0) cy.add(addNodes);
    if (addEdges.length > 0) cy.add(addEdges.filter((e) => cy.getElementById(String(e.data.source)).nonempty() && cy.getElementById(String(e.data.target)).nonempty()));
  });
  return next;
}

/** Every id on either side: the full comparison when no hint applies. */
function* allIds(applied: ReadonlyMap<string, ElementDefinition>, next: ReadonlyMap<string, ElementDefinition>): Generator<string> {
  for (const id of applied.keys()) if (!next.has(id)) yield id;
  yield* next.keys();
}
