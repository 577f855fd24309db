import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { conflictId } from '../analysis/conflict-id';
import type { Match, Rule } from '../analysis/rule';
import type { RuleScope } from '../analysis/rule-scope';
import { RULES } from '../analysis/rules-registry';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import { applyEdit, applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import { EditError } from '../edits/edit-error';
import { linkPositions } from '../model/link-positions';
import type { Story } from '../model/story';
import { editSpots } from '../incremental/edit-spots';
import { patchIndex } from '../incremental/patch-index';
import { rulesReached } from '../incremental/reach';
import { SCOPED_RULES } from '../incremental/scopes';
import { diffStories } from '../incremental/story-diff';
import { matchAround, matchReached, reachOf, type Reach } from './reached-parts';
import { asInserted, sameIdsPatch, sameIdsStory } from './same-ids-patch';

const SCOPE_BY_TYPE = new Map(SCOPED_RULES.map(({ rule, scope }) => [rule.type, scope] as const));

/** What a patch does to the conflicts of a story. */
export interface PatchEffect {
  readonly story: Story;
  /** Baseline conflict ids gone after the patch, in baseline order. */
  readonly resolves: readonly string[];
  /** Conflicts after the patch whose ids the baseline did not have. */
  readonly introduces: readonly Conflict[];
}

/** The id of a match's conflict: the identity detectConflicts merges on (type and event set). */
function idOf(ix: StoryIndex, match: Match): string {
  return conflictId(match.type, match.events.map((i) => ix.events[i]!.id));
}

/** Ids of every conflict one rule finds in an indexed story. */
function wholeIds(ix: StoryIndex, rule: Rule): Set<string> {
  const ids = new Set<string>();
  rule.detect(ix, (match) => ids.add(idOf(ix, match)));
  return ids;
}

/**
 * What one rule's conflicts become: the baseline ids it no longer finds and whether it
 * finds one the baseline does not have. Only ids are needed: building a full Conflict
 * (message, subjects, sorted links) is left to detectConflicts for the few rules whose
 * findings are new. With a reach (the index was patched), only the partitions the edit
 * reaches are run, before and after: a new id can only come from them, and a baseline id
 * can only go if they found it before and not after, which a whole run then confirms
 * (another partition may find it too).
 */
function ruleEffect(ix: StoryIndex, rule: Rule, scope: RuleScope | undefined, reach: Reach | undefined, baseIds: ReadonlySet<string>, ofType: readonly string[], eventsOf: (id: string) => readonly number[]): { gone: string[]; isNew: boolean } {
  if (reach && scope) {
    const before = new Set<string>();
    const after = new Set<string>();
    if (matchReached(scope, reach, (m) => before.add(idOf(reach.old, m)), (m) => after.add(idOf(ix, m)))) {
      let isNew = false;
      for (const id of after) if (!baseIds.has(id)) isNew = true;
      const suspects = [...before].filter((id) => !after.has(id) && baseIds.has(id));
      if (suspects.length === 0) return { gone: [], isNew };
      // Another partition may find a suspect too: those that can name its events are run.
      const named = new Set<number>();
      for (const id of suspects) for (const e of eventsOf(id)) named.add(e);
      const still = new Set<string>();
      if (matchAround(scope, reach, [...named], (m) => still.add(idOf(ix, m)))) return { gone: suspects.filter((id) => !still.has(id)), isNew };
      const ids = wholeIds(ix, rule);
      return { gone: suspects.filter((id) => !ids.has(id)), isNew };
    }
  }
  const ids = wholeIds(ix, rule);
  let isNew = false;
  for (const id of ids) if (!baseIds.has(id)) isNew = true;
  return { gone: ofType.filter((id) => !ids.has(id)), isNew };
}

/** The baseline's ids, its ids per type and its conflicts by id: built once per baseline (a fixAll pass simulates hundreds of patches on one). */
interface BaselineTables {
  readonly ids: ReadonlySet<string>;
  readonly ofType: ReadonlyMap<string, string[]>;
  readonly byId: ReadonlyMap<string, Conflict>;
}

const baselineTables = new WeakMap<readonly Conflict[], BaselineTables>();

function tablesOf(baseline: readonly Conflict[]): BaselineTables {
  let tables = baselineTables.get(baseline);
  if (tables === undefined) {
    const ofType = new Map<string, string[]>();
    for (const c of baseline) {
      const list = ofType.get(c.type);
      if (list) list.push(c.id);
      else ofType.set(c.type, [c.id]);
    }
    tables = { ids: new Set(baseline.map((c) => c.id)), ofType, byId: new Map(baseline.map((c) => [c.id, c] as const)) };
    baselineTables.set(baseline, tables);
  }
  return tables;
}

/** Ops that change one event each, found by a scan of the list. */
const EVENT_OPS: ReadonlySet<EditOp['kind']> = new Set(['set-event-field', 'add-participant', 'remove-participant', 'add-tag', 'remove-tag', 'set-theme', 'set-effect']);

/**
 * The story a patch makes. A few event ops are applied one by one: as a batch they would
 * first map every event's position, which costs more than a scan each.
 */
function applied(story: Story, patch: readonly EditOp[]): Story {
  if (patch.length > 4 || !patch.every((op) => EVENT_OPS.has(op.kind))) return applyEdits(story, patch).story;
  let next = story;
  for (const op of patch) next = applyEdit(next, op).story;
  return next;
}

/**
 * Applies a patch to a copy of the story and re-runs the rules; undefined when the
 * patch is not valid for this story (applyEdits throws EditError). `baseline` must be
 * the story's conflicts. Given the story's index, a patch that changes or appends events
 * and links in place gets the index patched rather than rebuilt and re-runs only the
 * partitions of the rules (rules/*.scope.ts) that the change reaches: the others'
 * conflicts are the baseline's. An inserted event is simulated appended (its place in the
 * timeline kept), and a removed link moved to the ends of a link the patch adds (same
 * conflict ids, see same-ids-patch.ts); the conflicts it introduces are then built on the
 * story as patched. Other removals and insertions and settings changes re-run every rule.
 */
export function simulatePatch(
  story: Story,
  patch: readonly EditOp[],
  baseline: readonly Conflict[],
  base?: StoryIndex,
): PatchEffect | undefined {
  let after: Story;
  try {
    after = applied(story, patch);
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
  const sameIds = base?.story === story ? sameIdsPatch(patch) : undefined;
  const rewritten = sameIds?.patch;
  const seen = sameIds ? sameIdsStory(story, after, sameIds) : after;
  const linkAt = (id: string): number | undefined => linkPositions(story.links).get(id);
  const diff = base?.story === story ? diffStories(story, seen, Infinity, editSpots(base, rewritten ?? patch, linkAt)) : undefined;
  const patchedSeen = base && diff ? patchIndex(base, seen, diff) : undefined;
  const patched = patchedSeen && rewritten ? asInserted(patchedSeen, story.events.length, after) : patchedSeen;
  if (rewritten && !patched) return simulatePatch(story, patch, baseline);
  const ix = patched ?? buildStoryIndex(after);
  const rules = diff && patched ? rulesReached(diff) : RULES;
  const reach = base && diff && patched ? reachOf(base, patched, diff) : undefined;
  const { ids: baseIds, ofType, byId } = tablesOf(baseline);
  const eventsOf = (id: string): number[] =>
    (byId.get(id)?.events ?? []).flatMap((e) => {
      const i = ix.eventIndex.get(e);
      return i === undefined ? [] : [i];
    });
  const gone = new Set<string>();
  const newRules: Rule[] = [];
  for (const rule of rules) {
    const effect = ruleEffect(ix, rule, SCOPE_BY_TYPE.get(rule.type), reach, baseIds, ofType.get(rule.type) ?? [], eventsOf);
    for (const id of effect.gone) gone.add(id);
    if (effect.isNew) newRules.push(rule);
  }
  const found = newRules.length === 0 ? [] : detectConflicts(rewritten ? buildStoryIndex(after) : ix, newRules);
  return {
    story: after,
    resolves: baseline.filter((c) => gone.has(c.id)).map((c) => c.id),
    introduces: found.filter((c) => !baseIds.has(c.id)),
  };
}
