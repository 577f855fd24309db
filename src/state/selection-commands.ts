import { DEFAULT_VIEW, EMPTY_SELECTION, selectionStore, viewStore } from './stores';
import type { Selection, ViewPatch } from './types';

/** Changes the selection; parts not given stay as they are. (Autosave follows the store.) */
export function select(sel: Partial<Selection>): void {
  selectionStore.setState(sel);
}

/** Selects nothing. */
export function clearSelection(): void {
  selectionStore.setState(EMPTY_SELECTION, true);
}

/** Changes view settings; `filters` may be given partially. */
export function setView(patch: ViewPatch): void {
  const { filters, ...rest } = patch;
  viewStore.setState((v) => ({ ...rest, filters: filters ? { ...v.filters, ...filters } : v.filters }));
}

/** Back to the default view (layout, zoom, filters). */
export function resetView(): void {
  viewStore.setState(DEFAULT_VIEW, true);
}
