import type { CollectionReturnValue } from 'cytoscape';
import { dimOut } from './filter-dim-style';

/** What the canvas shows on top of the projected elements, as canvas ids. */
export interface CanvasState {
  /** Selected events and links (the store's selection). */
  readonly selected: ReadonlySet<string>;
  /** Left out by the Events filters (dimmed: filter-dim-style.ts). */
  readonly filteredOut: ReadonlySet<string>;
}

/**
 * Gives elements that reach the canvas after the fact (a later chunk of a large story,
 * chunked-fill.ts) the selection and filter dimming already applied to the others.
 * Those are applied when the selection or the filters change, to the elements on the
 * canvas then; without this, an element added later would stay bright and unselected
 * until they changed again. Call inside the batch that added them.
 */
export function catchUp(added: CollectionReturnValue, state: CanvasState): void {
  if (state.selected.size === 0 && state.filteredOut.size === 0) return;
  added.forEach((ele) => {
    const id = ele.id();
    if (state.filteredOut.has(id)) dimOut(ele);
    if (state.selected.has(id) && !ele.selected()) ele.select();
  });
}
