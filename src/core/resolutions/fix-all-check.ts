import { detectConflicts } from '../analysis/analyze';
import { dismissedIds } from '../analysis/review';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdit, applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { combinedPatch, type FixAllResult } from './fix-all';
import { netGain, proposeResolutions } from './propose';

/** Conflict ids of a story, by full analysis. */
function conflictIds(story: Story): Set<string> {
  return new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
}

/** Whether applying some proposal of the conflict removes conflicts without adding any. */
function hasSafeFix(story: Story, conflictId: string, before: ReadonlySet<string>): boolean {
  return proposeResolutions(story, conflictId).some((p) => {
    const after = conflictIds(applyEdits(story, p.patch).story);
    return after.size < before.size && [...after].every((id) => before.has(id));
  });
}

/** Whether the top proposal of the conflict, applied, leaves fewer conflicts. */
function hasHelpingTop(story: Story, conflictId: string, before: ReadonlySet<string>): boolean {
  const [top] = proposeResolutions(story, conflictId);
  return top !== undefined && netGain(top) > 0 && conflictIds(applyEdits(story, top.patch).story).size < before.size;
}

/**
 * What a fixAll run on `story` breaks of its promises, checked by applying patches and
 * analysing rather than by trusting the run's claims (tests and the benchmark use it):
 * the steps replay to the run's story; pass by pass, the pass's steps together remove
 * every conflict they claim, add none they do not announce (none with safeOnly) and
 * lower the count; ignored conflicts are never targeted; and, unless maxSteps cut the
 * run short, no remaining target has a safe fix (safeOnly) or a helping top proposal.
 * Empty when all holds.
 */
export function fixAllViolations(
  story: Story,
  result: FixAllResult,
  options: { readonly safeOnly: boolean; readonly ignore?: ReadonlySet<string>; readonly cut?: boolean },
): string[] {
  const problems: string[] = [];
  // The story's dismissed conflicts are never targeted and not part of `remaining`.
  const dismissed = dismissedIds(story);
  const ignore = new Set([...dismissed, ...(options.ignore ?? [])]);
  const finalIds = conflictIds(result.story);
  const finalActive = [...finalIds].filter((id) => !dismissed.has(id));
  const remaining = new Set(result.remaining.map((c) => c.id));
  if (remaining.size !== finalActive.length || finalActive.some((id) => !remaining.has(id))) problems.push('remaining is not the final story’s active conflicts');
  if (JSON.stringify(applyEdit(story, combinedPatch(result.steps)).story) !== JSON.stringify(result.story)) problems.push('the steps do not replay to the story');

  let current = story;
  let first = 0;
  result.passes.forEach((size, pass) => {
    const steps = result.steps.slice(first, first + size);
    first += size;
    const before = conflictIds(current);
    current = applyEdits(
      current,
      steps.flatMap((s) => s.proposal.patch),
    ).story;
    const after = conflictIds(current);
    const announced = new Set(steps.flatMap((s) => s.proposal.introduces.map((c) => c.id)));
    for (const step of steps) {
      if (ignore.has(step.conflictId)) problems.push(`pass ${pass + 1} targets ignored ${step.conflictId}`);
      if (!before.has(step.conflictId)) problems.push(`pass ${pass + 1} targets absent ${step.conflictId}`);
      if (options.safeOnly && step.proposal.introduces.length > 0) problems.push(`${step.proposal.id} is not safe`);
      for (const id of step.proposal.resolves) if (after.has(id)) problems.push(`${step.proposal.id} claims ${id} but it stays`);
    }
    for (const id of after) if (!before.has(id) && !announced.has(id)) problems.push(`pass ${pass + 1} brings unannounced ${id}`);
    if (after.size >= before.size) problems.push(`pass ${pass + 1} does not lower the conflict count`);
  });
  if (first !== result.steps.length) problems.push('passes do not add up to the steps');

  if (!options.cut) {
    for (const id of finalIds) {
      if (ignore.has(id)) continue;
      const helps = options.safeOnly ? hasSafeFix(result.story, id, finalIds) : hasHelpingTop(result.story, id, finalIds);
      if (helps) problems.push(`${id} still has ${options.safeOnly ? 'a safe fix' : 'a helping top proposal'}`);
    }
  }
  return problems;
}
