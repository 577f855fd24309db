import { detectConflicts } from '../core/analysis/analyze';
import { dismissedIds } from '../core/analysis/review';
import { buildStoryIndex } from '../core/analysis/story-index';
import type { Story } from '../core/model/story';
import { fixAll, type FixProgress } from '../core/resolutions/fix-all';
import type { SafeFixes } from './protocol';

/**
 * The core's `fixAll(story, { safeOnly: true })`: the story's dismissed conflicts (and any
 * extra `ignore` ids) are never targeted, as "won't fix" means the studio must not fix them
 * behind the author's back. A fix aimed at another conflict may still resolve a dismissed
 * one as a side effect; `resolved` lists only the active conflicts that are gone.
 */
export function safeFixesSkipping(story: Story, ignore: ReadonlySet<string>, onProgress?: (progress: FixProgress) => void): SafeFixes {
  const initial = detectConflicts(buildStoryIndex(story));
  const result = fixAll(story, { safeOnly: true, ignore, ...(onProgress ? { onProgress } : {}) });
  const left = new Set(result.remaining.map((c) => c.id));
  const skipped = dismissedIds(story);
  const resolved = initial.filter((c) => !left.has(c.id) && !ignore.has(c.id) && !skipped.has(c.id)).map((c) => c.id);
  return { ops: result.steps.flatMap((s) => s.proposal.patch), steps: result.steps, resolved };
}
