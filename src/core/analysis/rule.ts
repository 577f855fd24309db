import type { ConflictSubject, ConflictType } from './conflict';
import type { StoryIndex } from './story-index';

/** One raw match of a rule, in index space. Matches with the same type and event set are merged. */
export interface Match {
  readonly type: ConflictType;
  /** Event indices in the rule's order. */
  readonly events: readonly number[];
  /** Link indices (into StoryIndex.links). */
  readonly links?: readonly number[];
  readonly subjects?: readonly ConflictSubject[];
}

export type Emit = (match: Match) => void;

/**
 * A conflict rule of conflict-rules.md: `detect` emits every match of the rule,
 * `describe` turns a merged match into one plain sentence naming events by title.
 */
export interface Rule {
  readonly type: ConflictType;
  /** In [0, 1]; see docs/RULES.md for why each rule weighs what it does. */
  readonly severity: number;
  detect(ix: StoryIndex, emit: Emit): void;
  describe(match: Match, ix: StoryIndex): string;
}
