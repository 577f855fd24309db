import type { Rule } from '../analysis/rule';
import type { EventAspect, RuleScope } from '../analysis/rule-scope';
import { SCOPED_RULES } from './scopes';
import type { StoryDiff } from './story-diff';

/** Every event aspect a scope reads: its local part's, and for motivated(Q, c, P) the link sources' participants and times. */
function allReads(scope: RuleScope): readonly EventAspect[] {
  if (scope.kind === 'graph' && scope.local) return [...scope.reads, ...scope.local.reads];
  if (scope.kind === 'key' && scope.motivated) return [...scope.reads, 'participants', 'time'];
  return scope.reads;
}

/** Whether a rule reads the link structure (links' ends). */
function readsLinks(scope: RuleScope): boolean {
  return scope.kind === 'link' || scope.kind === 'graph' || (scope.kind === 'key' && scope.motivated);
}

/**
 * The rules whose matches an edit with this diff can change, from the scopes the rules
 * declare: those reading an aspect of a changed event, those reading links when links moved
 * or were added, all of them when events were added. The others' conflicts stay as they were.
 */
export function rulesReached(diff: StoryDiff): Rule[] {
  const linksChanged = diff.movedLinks.length > 0 || diff.addedLinks > 0;
  return SCOPED_RULES.filter(({ scope }) => {
    if (diff.addedEvents > 0 || (linksChanged && readsLinks(scope))) return true;
    const reads = allReads(scope);
    return diff.changedEvents.some((c) => reads.some((a) => c.aspects.has(a)));
  }).map(({ rule }) => rule);
}
