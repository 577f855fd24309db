import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where "Accept all safe fixes" is: idle, or running with how many conflicts it has looked at and has left. */
export interface SafeFixesProgress {
  readonly running: boolean;
  /** Conflicts looked at so far. */
  readonly done: number;
  /** Conflicts to look at (grows a little when a later pass looks at some again); 0 until the first report. */
  readonly total: number;
  /** Fixes accepted so far. */
  readonly steps: number;
  /** Conflicts still to fix, as the current pass counts them (see FixProgress.left). */
  readonly left: number;
  /** `left` at the first report: the conflicts there were to fix (0 until then). */
  readonly first: number;
}

export const IDLE_SAFE_FIXES: SafeFixesProgress = { running: false, done: 0, total: 0, steps: 0, left: 0, first: 0 };

export function createSafeFixesStore(): StoreApi<SafeFixesProgress> {
  return createStore<SafeFixesProgress>(() => IDLE_SAFE_FIXES);
}
