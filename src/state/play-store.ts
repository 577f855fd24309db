import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { documentStore } from './stores';
import type { ImpactView } from './types';

/** The play-through of the open story: not part of the document, forgotten when another story opens. */
export interface PlayStoreState {
  readonly active: boolean;
  /** The events entered so far, the start event first. */
  readonly path: readonly string[];
  /** The impact view before play started, put back when play ends. */
  readonly impactBefore: ImpactView | null;
}

const IDLE: PlayStoreState = { active: false, path: [], impactBefore: null };

export const playStore: StoreApi<PlayStoreState> = createStore<PlayStoreState>(() => IDLE);

// A path belongs to the story it was walked in.
documentStore.subscribe((d, prev) => {
  if (d.storyKey !== prev.storyKey && playStore.getState().active) playStore.setState(IDLE, true);
});

/** Reads the play-through state. */
export function usePlay<T>(selector: (state: PlayStoreState) => T): T {
  return useStore(playStore, selector);
}

/** The play-through state outside React. */
export function getPlay(): PlayStoreState {
  return playStore.getState();
}
