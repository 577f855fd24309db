import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { EditError } from '../edits/edit-error';
import type { Story } from '../model/story';

/** What a patch does to the conflicts of a story. */
export interface PatchEffect {
  readonly story: Story;
  /** Baseline conflict ids gone after the patch, in baseline order. */
  readonly resolves: readonly string[];
  /** Conflicts after the patch whose ids the baseline did not have. */
  readonly introduces: readonly Conflict[];
}

/**
 * Applies a patch to a copy of the story and re-runs every rule; undefined when
 * the patch is not valid for this story (applyEdits throws EditError).
 */
export function simulatePatch(story: Story, patch: readonly EditOp[], baseline: readonly Conflict[]): PatchEffect | undefined {
  let after: Story;
  try {
    after = applyEdits(story, patch).story;
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
  const conflicts = detectConflicts(buildStoryIndex(after));
  const afterIds = new Set(conflicts.map((c) => c.id));
  const baseIds = new Set(baseline.map((c) => c.id));
  return {
    story: after,
    resolves: baseline.filter((c) => !afterIds.has(c.id)).map((c) => c.id),
    introduces: conflicts.filter((c) => !baseIds.has(c.id)),
  };
}
