import { detectConflicts } from '../../analysis/analyze';
import type { Conflict } from '../../analysis/conflict';
import type { Rule } from '../../analysis/rule';
import { buildStoryIndex } from '../../analysis/story-index';
import type { Story } from '../../model/story';

/** Test support: the conflicts a single rule finds in a story, merged as the analysis merges them. */
export function findWith(rule: Rule, story: Story): Conflict[] {
  return detectConflicts(buildStoryIndex(story), [rule]);
}

/** Test support: each conflict's event ids in the rule's order, joined ("p,q"), sorted for comparison. */
export function eventsFoundWith(rule: Rule, story: Story): string[] {
  return findWith(rule, story)
    .map((c) => c.events.join(','))
    .sort();
}
