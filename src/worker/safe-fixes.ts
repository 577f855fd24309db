import { detectConflicts } from '../core/analysis/analyze';
import type { Conflict } from '../core/analysis/conflict';
import { buildStoryIndex } from '../core/analysis/story-index';
import { applyEdits } from '../core/edits/apply-edit';
import type { Story } from '../core/model/story';
import type { FixStep } from '../core/resolutions/fix-all';
import { proposeResolutions } from '../core/resolutions/propose';
import type { SafeFixes } from './protocol';

/** Worst first, then by id: the order of the core's fixAll, so both take the same steps. */
function byPriority(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The core's `fixAll(story, { safeOnly: true })`, except that conflicts the author
 * dismissed (`ignore`) are never targeted: "won't fix" means the studio must not fix
 * them behind the author's back. A fix aimed at another conflict may still resolve a
 * dismissed one as a side effect; that is reported like any other resolution.
 * Same passes and order as fixAll, so with nothing ignored both take the same steps.
 */
export function safeFixesSkipping(story: Story, ignore: ReadonlySet<string>): SafeFixes {
  const initial = detectConflicts(buildStoryIndex(story));
  let current = story;
  let conflicts = initial;
  let present = new Set(conflicts.map((c) => c.id));
  const maxSteps = 10 * conflicts.length + 10;
  const steps: FixStep[] = [];
  let changed = true;
  while (changed && conflicts.length > 0 && steps.length < maxSteps) {
    changed = false;
    for (const conflict of [...conflicts].sort(byPriority)) {
      if (steps.length >= maxSteps) break;
      if (ignore.has(conflict.id) || !present.has(conflict.id)) continue;
      const proposals = proposeResolutions(current, conflict.id, { baseline: conflicts });
      const safe = proposals.find((p) => p.introduces.length === 0 && p.resolves.length > 0);
      if (!safe) continue;
      steps.push({ conflictId: conflict.id, conflictType: conflict.type, proposal: safe });
      current = applyEdits(current, safe.patch).story;
      conflicts = detectConflicts(buildStoryIndex(current));
      present = new Set(conflicts.map((c) => c.id));
      changed = true;
    }
  }
  const resolved = initial.filter((c) => !present.has(c.id) && !ignore.has(c.id)).map((c) => c.id);
  return { ops: steps.flatMap((s) => s.proposal.patch), steps, resolved };
}
