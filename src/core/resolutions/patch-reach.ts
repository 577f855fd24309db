import type { ConflictType } from '../analysis/conflict';
import type { Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import { unreachable } from '../edits/edit-support';
import type { Story } from '../model/story';

/**
 * Parts of events and links that a patch can change without moving anything in the
 * timeline or the link structure. `text` (titles, notes) and `link-attrs` (strength,
 * kind) are read by no rule today; they are named so that one that starts to can say so.
 */
export type Aspect = 'themes' | 'intensity' | 'tags' | 'cast' | 'text' | 'link-attrs';

/**
 * What each rule reads besides the story's structure (event ids, order, times and
 * scales, links' ends, settings), from reading the rules and their timeline tables:
 * `cast` is the cast table (participants, effects, locations, durations) and the
 * motivation check. A rule missing here is run on every simulation. Kept honest by
 * patch-reach.test.ts, which compares simulations through this table with full ones.
 */
const READS: Partial<Record<ConflictType, readonly Aspect[]>> = {
  'causal-cycle': [],
  'temporal-paradox': [],
  'scale-jump': [],
  'causal-gap': [],
  'exited-character': ['cast'],
  bilocation: ['cast'],
  'trait-swing': ['cast'],
  'relationship-flip': ['cast'],
  'theme-contradiction': ['themes'],
  'theme-jump': ['themes'],
  'intensity-over-limit': ['intensity', 'tags'],
  'no-recovery': ['intensity', 'tags'],
  'intensity-spike': ['intensity', 'tags'],
  'avoided-theme': ['themes'],
  'unsupported-arc': ['tags'],
};

/**
 * The aspects a patch changes, or undefined when it changes the structure (adds,
 * removes or moves events or links, changes a scale, the title or app data): then
 * every rule must run on a fresh index.
 */
export function patchReach(patch: readonly EditOp[]): ReadonlySet<Aspect> | undefined {
  const reach = new Set<Aspect>();
  const visit = (op: EditOp): boolean => {
    switch (op.kind) {
      case 'set-event-field':
        switch (op.field) {
          case 'title':
          case 'notes':
            reach.add('text');
            return true;
          case 'intensity':
            reach.add('intensity');
            return true;
          case 'location':
          case 'duration':
            reach.add('cast');
            return true;
          case 'time':
          case 'scale':
            return false;
          default:
            return unreachable(op);
        }
      case 'set-theme':
        reach.add('themes');
        return true;
      case 'add-tag':
      case 'remove-tag':
        reach.add('tags');
        return true;
      case 'add-participant':
      case 'remove-participant':
      case 'set-effect':
        reach.add('cast');
        return true;
      case 'set-link-field':
        if (op.field === 'from' || op.field === 'to') return false;
        reach.add('link-attrs');
        return true;
      case 'batch':
        return op.ops.every(visit);
      case 'set-story-title':
      case 'set-extra':
      // Settings and review data change what every rule compares against or which conflicts count.
      case 'set-time-unit':
      case 'set-scales':
      case 'set-characters':
      case 'set-threshold':
      case 'set-therapy':
      case 'set-dismissed':
      case 'set-note':
      case 'add-event':
      case 'remove-event':
      case 'add-link':
      case 'remove-link':
        return false;
      default:
        return unreachable(op);
    }
  };
  return patch.every(visit) ? reach : undefined;
}

/** Whether a rule's findings can change under a patch with this reach. */
export function ruleReached(rule: Rule, reach: ReadonlySet<Aspect>): boolean {
  const reads = READS[rule.type];
  return reads === undefined || reads.some((a) => reach.has(a));
}

/**
 * The index of `after`, a story that differs from `base.story` only in aspects a
 * patch reach lists: positions, timeline and adjacency are the same, so they are
 * shared rather than rebuilt. A new object, so that the rules' per-index tables
 * (cast, themes, intensity columns) are rebuilt from the new events.
 */
export function reindexed(base: StoryIndex, after: Story): StoryIndex {
  const links = base.links.length === base.story.links.length ? after.links : after.links.filter((l) => base.eventIndex.has(l.from) && base.eventIndex.has(l.to));
  return { ...base, story: after, events: after.events, links };
}
