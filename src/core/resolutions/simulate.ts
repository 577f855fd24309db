import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { conflictId } from '../analysis/conflict-id';
import type { Rule } from '../analysis/rule';
import { RULES } from '../analysis/rules-registry';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { EditError } from '../edits/edit-error';
import type { Story } from '../model/story';
import { editSpots } from '../incremental/edit-spots';
import { patchIndex } from '../incremental/patch-index';
import { rulesReached } from '../incremental/reach';
import { diffStories } from '../incremental/story-diff';

/** What a patch does to the conflicts of a story. */
export interface PatchEffect {
  readonly story: Story;
  /** Baseline conflict ids gone after the patch, in baseline order. */
  readonly resolves: readonly string[];
  /** Conflicts after the patch whose ids the baseline did not have. */
  readonly introduces: readonly Conflict[];
}

/**
 * Ids of every conflict of an indexed story, and the rules that found one the
 * baseline does not have. Only ids are needed for most conflicts: building a full
 * Conflict (message, subjects, sorted links) is left to detectConflicts for the
 * few rules whose findings are new.
 */
function conflictIdsOf(ix: StoryIndex, rules: readonly Rule[], baseIds: ReadonlySet<string>): { ids: Set<string>; newRules: Rule[] } {
  const ids = new Set<string>();
  const newRules: Rule[] = [];
  for (const rule of rules) {
    const seen = new Set<string>();
    let isNew = false;
    rule.detect(ix, (match) => {
      // The same identity as detectConflicts merges on: type and event set.
      const key = [...match.events].sort((a, b) => a - b).join(',');
      if (seen.has(key)) return;
      seen.add(key);
      const id = conflictId(match.type, match.events.map((i) => ix.events[i]!.id));
      ids.add(id);
      if (!baseIds.has(id)) isNew = true;
    });
    if (isNew) newRules.push(rule);
  }
  return { ids, newRules };
}

/**
 * Applies a patch to a copy of the story and re-runs the rules; undefined when the
 * patch is not valid for this story (applyEdits throws EditError). `baseline` must be
 * the story's conflicts. Given the story's index, a patch that changes or appends events
 * and links in place gets the index patched rather than rebuilt and re-runs only the rules
 * whose declared scope (rules/*.scope.ts) reads what it changes: the others' conflicts are
 * the baseline's. Removals, insertions and settings changes re-run every rule.
 */
export function simulatePatch(
  story: Story,
  patch: readonly EditOp[],
  baseline: readonly Conflict[],
  base?: StoryIndex,
): PatchEffect | undefined {
  let after: Story;
  try {
    after = applyEdits(story, patch).story;
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
  const linkAt = (id: string): number | undefined => {
    const j = story.links.findIndex((l) => l.id === id);
    return j < 0 ? undefined : j;
  };
  const diff = base?.story === story ? diffStories(story, after, Infinity, editSpots(base, patch, linkAt)) : undefined;
  const patched = base && diff ? patchIndex(base, after, diff) : undefined;
  const ix = patched ?? buildStoryIndex(after);
  const rules = diff && patched ? rulesReached(diff) : RULES;
  const rerun = new Set(rules.map((r) => r.type));
  const baseIds = new Set(baseline.map((c) => c.id));
  const { ids, newRules } = conflictIdsOf(ix, rules, baseIds);
  return {
    story: after,
    resolves: baseline.filter((c) => rerun.has(c.type) && !ids.has(c.id)).map((c) => c.id),
    introduces: newRules.length === 0 ? [] : detectConflicts(ix, newRules).filter((c) => !baseIds.has(c.id)),
  };
}
