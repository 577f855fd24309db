import { detectConflicts } from '../analysis/analyze';
import type { Conflict, ConflictType } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { netGain, proposeResolutions } from './propose';
import type { Proposal } from './proposal';

/** One accepted proposal of a fixAll run. */
export interface FixStep {
  readonly conflictId: string;
  readonly conflictType: ConflictType;
  readonly proposal: Proposal;
}

/** Options of fixAll. */
export interface FixAllOptions {
  /** Accept only proposals that introduce no conflict. */
  readonly safeOnly?: boolean;
  /** Upper bound on accepted proposals; default 10 per conflict of the story plus 10. */
  readonly maxSteps?: number;
}

/** The fixed story, the accepted proposals in order, and what is left. */
export interface FixAllResult {
  readonly story: Story;
  readonly steps: readonly FixStep[];
  /** Conflicts of the final story. */
  readonly remaining: readonly Conflict[];
}

/** Worst first, then by id, so two runs on the same story take the same steps. */
function byPriority(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The best proposal for a conflict that fixAll may accept, if any. */
function acceptable(story: Story, conflict: Conflict, baseline: readonly Conflict[], safeOnly: boolean): Proposal | undefined {
  const proposals = proposeResolutions(story, conflict.id, { baseline });
  if (safeOnly) return proposals.find((p) => p.introduces.length === 0 && p.resolves.length > 0);
  const top = proposals[0];
  return top && netGain(top) > 0 ? top : undefined;
}

/**
 * Goes over the conflicts worst first and applies each one's top proposal when
 * it helps (net gain > 0; with safeOnly, the best one introducing nothing),
 * re-analysing after every step; repeats such passes until one changes nothing
 * or no conflict is left. A pass does not restart after each step, so a
 * conflict without a helping fix is tried once per pass, not once per step.
 * Each step lowers the conflict count, so it terminates; maxSteps caps it anyway.
 */
export function fixAll(story: Story, options: FixAllOptions = {}): FixAllResult {
  const safeOnly = options.safeOnly ?? false;
  let current = story;
  let conflicts = detectConflicts(buildStoryIndex(current));
  let present = new Set(conflicts.map((c) => c.id));
  const maxSteps = options.maxSteps ?? 10 * conflicts.length + 10;
  const steps: FixStep[] = [];
  let changed = true;
  while (changed && conflicts.length > 0 && steps.length < maxSteps) {
    changed = false;
    for (const conflict of [...conflicts].sort(byPriority)) {
      if (steps.length >= maxSteps) break;
      // An earlier step of this pass may have resolved it already.
      if (!present.has(conflict.id)) continue;
      const proposal = acceptable(current, conflict, conflicts, safeOnly);
      if (!proposal) continue;
      steps.push({ conflictId: conflict.id, conflictType: conflict.type, proposal });
      current = applyEdits(current, proposal.patch).story;
      conflicts = detectConflicts(buildStoryIndex(current));
      present = new Set(conflicts.map((c) => c.id));
      changed = true;
    }
  }
  return { story: current, steps, remaining: conflicts };
}

/** All ops of a fixAll run as one batch op, so accepting them is a single undo step. */
export function combinedPatch(steps: readonly FixStep[]): EditOp {
  return { kind: 'batch', ops: steps.flatMap((s) => s.proposal.patch) };
}
