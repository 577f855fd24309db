import type { Conflict } from '../analysis/conflict';
import type { EditOp } from '../edits/edit-op';

/** What a proposal does, named so the UI can group and the tests can ask for one kind. */
export type ProposalKind =
  | 'remove-link'
  | 'move-effect-after-cause'
  | 'move-cause-before-effect'
  | 'insert-bridge-event'
  | 'insert-intermediate-event'
  | 'move-effect-earlier'
  | 'move-cause-later'
  | 'remove-participant'
  | 'move-before-exit'
  | 'move-after-end'
  | 'shorten-duration'
  | 'same-location'
  | 'insert-motivating-event'
  | 'link-motivating-event'
  | 'add-bridge-theme'
  | 'lower-theme-intensity'
  | 'cap-intensity'
  | 'insert-recovery-event'
  | 'lower-intensity'
  | 'insert-step-event'
  | 'remove-theme'
  | 'link-from-finer-event'
  | 'mark-premise';

/**
 * A resolution of one conflict: a patch of edit operations plus what applying it
 * to the story would do, measured by re-running every rule on a patched copy.
 */
export interface Proposal {
  /** Stable for the same story and conflict: `${conflictId}#${kind}#n`, n counting from 1 per kind. */
  readonly id: string;
  readonly conflictId: string;
  readonly kind: ProposalKind;
  /** One sentence naming events by title. */
  readonly description: string;
  /** Applied in order as one undoable step. */
  readonly patch: readonly EditOp[];
  /** Ids of conflicts present before and gone after the patch. */
  readonly resolves: readonly string[];
  /** Conflicts present after the patch whose ids were not there before. */
  readonly introduces: readonly Conflict[];
  /** How much of the story the patch changes (see docs/RESOLUTIONS.md). */
  readonly cost: number;
}

/** A patch before simulation: what a generator proposes for its conflict. */
export interface Candidate {
  readonly kind: ProposalKind;
  readonly description: string;
  readonly patch: readonly EditOp[];
  /**
   * Added to the patch's cost for ranking: for a patch that changes little data but
   * leaves work undone (declaring an event its own motive). Absent means none.
   */
  readonly surcharge?: number;
}
