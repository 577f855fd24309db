import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Studio } from './studio-context';

/** Demo-session view state (not saved with a story): the shortcut sheet and the presenter view. */
export interface DemoViewState {
  readonly shortcutsOpen: boolean;
  /** Full-window canvas with larger type and the panels hidden. */
  readonly presenter: boolean;
}

export function createDemoViewStore(): StoreApi<DemoViewState> {
  return createStore<DemoViewState>(() => ({ shortcutsOpen: false, presenter: false }));
}

/** Opens or closes the keyboard shortcut sheet. */
export function setShortcutsOpen(s: Studio, open: boolean): void {
  s.demoView.setState({ shortcutsOpen: open });
}

/** Presenter view on or off. */
export function togglePresenter(s: Studio): void {
  s.demoView.setState((d) => ({ presenter: !d.presenter }));
}

/** Leaves presenter view; false when it was not on. */
export function exitPresenter(s: Studio): boolean {
  if (!s.demoView.getState().presenter) return false;
  s.demoView.setState({ presenter: false });
  return true;
}
