import type { Core, ElementDefinition } from 'cytoscape';
import { removeElements } from './remove-elements';

/** Ids that may differ between the applied map and the next one (see Projection.changes). */
export interface PatchHint {
  readonly base: ReadonlyMap<string, ElementDefinition>;
  readonly ids: readonly string[];
}

/**
 * Brings the canvas from the `applied` projection to `next` in one batch: adds new
 * elements, removes gone ones, and for changed ones sets only the part that changed
 * (data, classes or position). Unchanged elements are recognised by identity, so a
 * story of 10,000 elements with one edit costs one comparison per element and one
 * Cytoscape call; with a `hint` whose base is `applied`, only the hinted ids are
 * visited at all. Returns the map now on the canvas.
 */
export function patchGraph(
  cy: Core,
  applied: ReadonlyMap<string, ElementDefinition>,
  next: ReadonlyMap<string, ElementDefinition>,
  hint?: PatchHint,
  /** Takes the new elements instead when there are more than `above` (ChunkedFill adds them over frames). */
  defer?: { readonly above: number; readonly queue: (defs: ElementDefinition[]) => void },
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
    for (const id of updates) {
      const def = next.get(id)!;
      const before = applied.get(id);
      if (!before || before.group !== def.group) {
        (def.group === 'nodes' ? addNodes : addEdges).push(def);
        continue;
      }
      if (before === def) continue;
      const ele = cy.getElementById(id);
      if (ele.empty()) {
        (def.group === 'nodes' ? addNodes : addEdges).push(def);
        continue;
      }
      if (before.data !== def.data) {
        const d = def.data as { source?: string; target?: string };
        const b = before.data as { source?: string; target?: string };
        // source and target cannot be set through data(); json() moves the edge.
        if (def.group === 'edges' && (d.source !== b.source || d.target !== b.target)) ele.json({ data: def.data });
        else ele.data(def.data);
      }
      if (before.classes !== def.classes) ele.classes(def.classes ?? '');
      if (def.position && before.position !== def.position) ele.position({ x: def.position.x, y: def.position.y });
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
