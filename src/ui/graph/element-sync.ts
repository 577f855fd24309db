import type { ElementDefinition, SingularElementReturnValue } from 'cytoscape';

/** What of an element on the canvas differs from its definition: a bit set of these. */
export const SYNC_DATA = 1;
export const SYNC_CLASSES = 2;
export const SYNC_POSITION = 4;

/** The parts of `def` that differ from `before` (identity comparison: projections share what did not change). */
export function changedParts(before: ElementDefinition, def: ElementDefinition): number {
  let parts = 0;
  if (before.data !== def.data) parts |= SYNC_DATA;
  if (before.classes !== def.classes) parts |= SYNC_CLASSES;
  if (def.position && before.position !== def.position) parts |= SYNC_POSITION;
  return parts;
}

/** Whether changing these parts makes Cytoscape style the element again (a move only lays it out). */
export function restyles(parts: number): boolean {
  return (parts & (SYNC_DATA | SYNC_CLASSES)) !== 0;
}

/** Gives an element on the canvas the `parts` of its definition. */
export function syncElement(ele: SingularElementReturnValue, def: ElementDefinition, parts: number): void {
  if (parts & SYNC_DATA) {
    const d = def.data as { source?: string; target?: string };
    // source and target cannot be set through data(); json() moves the edge.
    if (def.group === 'edges' && (d.source !== ele.data('source') || d.target !== ele.data('target'))) ele.json({ data: def.data });
    else ele.data(def.data);
  }
  if (parts & SYNC_CLASSES) ele.classes(def.classes ?? '');
  if (parts & SYNC_POSITION && def.position) ele.position({ x: def.position.x, y: def.position.y });
}
