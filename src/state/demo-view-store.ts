import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Demo-session view state (not saved with a story): the shortcut sheet and the presenter view. */
export interface DemoViewState {
  readonly shortcutsOpen: boolean;
  /** Full-window canvas with larger type and the panels hidden. */
  readonly presenter: boolean;
}

export const demoViewStore: StoreApi<DemoViewState> = createStore<DemoViewState>(() => ({ shortcutsOpen: false, presenter: false }));

/** Reads the demo view state. */
export function useDemoView<T>(selector: (state: DemoViewState) => T): T {
  return useStore(demoViewStore, selector);
}

/** Opens or closes the keyboard shortcut sheet. */
export function setShortcutsOpen(open: boolean): void {
  demoViewStore.setState({ shortcutsOpen: open });
}

/** Presenter view on or off. */
export function togglePresenter(): void {
  demoViewStore.setState((s) => ({ presenter: !s.presenter }));
}

/** Leaves presenter view; false when it was not on. */
export function exitPresenter(): boolean {
  if (!demoViewStore.getState().presenter) return false;
  demoViewStore.setState({ presenter: false });
  return true;
}
