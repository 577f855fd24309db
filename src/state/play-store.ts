import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Studio } from './studio-context';
import type { ImpactView } from './types';

/** The play-through of the open story: not part of the document, forgotten when another story opens. */
export interface PlayStoreState {
  readonly active: boolean;
  /** The events entered so far, the start event first. */
  readonly path: readonly string[];
  /** The impact view before play started, put back when play ends. */
  readonly impactBefore: ImpactView | null;
}

export const IDLE_PLAY: PlayStoreState = { active: false, path: [], impactBefore: null };

export function createPlayStore(): StoreApi<PlayStoreState> {
  return createStore<PlayStoreState>(() => IDLE_PLAY);
}

/** A path belongs to the story it was walked in: forgets it when another story opens. Returns the unsubscribe function (studio.ts). */
export function forgetPlayOnStoryChange(s: Studio): () => void {
  return s.document.subscribe((d, prev) => {
    if (d.storyKey !== prev.storyKey && s.play.getState().active) s.play.setState(IDLE_PLAY, true);
  });
}
