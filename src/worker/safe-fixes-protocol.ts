import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import type { SafeFixes } from './protocol';

/** Asks the safe-fixes worker to fix a snapshot of the story, dismissed conflicts left alone. */
export interface SafeFixesRequest {
  readonly kind: 'fix';
  readonly requestId: number;
  readonly story: Story;
  readonly ignore: readonly string[];
}

/** What the safe-fixes worker answers: progress while it works, then the fixes or an error. */
export type SafeFixesMessage =
  | ({ readonly kind: 'progress'; readonly requestId: number } & FixProgress)
  | { readonly kind: 'result'; readonly requestId: number; readonly fixes: SafeFixes }
  | { readonly kind: 'error'; readonly requestId: number; readonly message: string };
