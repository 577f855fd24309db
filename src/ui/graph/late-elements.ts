import type { CollectionReturnValue } from 'cytoscape';

/** What the canvas shows on top of the projected elements, as canvas ids. */
export interface CanvasState {
  /** Selected events and links (the store's selection). */
  readonly selected: ReadonlySet<string>;
  /** Left out by the Events filters (class `filtered-out`). */
  readonly filteredOut: ReadonlySet<string>;
}

/**
 * Gives elements that reach the canvas after the fact (a later chunk of a large story,
 * chunked-fill.ts) the selection and filter dimming already applied to the others.
 * Those are applied when the selection or the filters change, to the elements on the
 * canvas then; without this, an element added later would stay bright and unselected
 * until they changed again. Call inside the batch that added them, so their first
 * styling already counts the class.
 */
export function catchUp(added: CollectionReturnValue, state: CanvasState): void {
  if (state.selected.size === 0 && state.filteredOut.size === 0) return;
  added.forEach((ele) => {
    const id = ele.id();
    if (state.filteredOut.has(id)) ele.addClass('filtered-out');
    if (state.selected.has(id) && !ele.selected()) ele.select();
  });
}
