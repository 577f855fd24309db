import { EMPTY_SELECTION } from './stores';
import type { Studio } from './studio-context';
import type { Selection, ViewPatch } from './types';

/** Changes the selection; parts not given stay as they are. (view-saver.ts stores it.) */
export function select(s: Studio, sel: Partial<Selection>): void {
  s.selection.setState(sel);
}

/** Selects nothing. */
export function clearSelection(s: Studio): void {
  s.selection.setState(EMPTY_SELECTION, true);
}

/** Changes view settings; `filters` may be given partially. */
export function setView(s: Studio, patch: ViewPatch): void {
  const { filters, ...rest } = patch;
  s.view.setState((v) => ({ ...rest, filters: filters ? { ...v.filters, ...filters } : v.filters }));
}
