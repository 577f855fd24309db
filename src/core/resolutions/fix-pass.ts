import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import { EditError } from '../edits/edit-error';
import type { Story } from '../model/story';
import type { Footprint } from './patch-footprint';
import type { Proposal } from './proposal';
import { PatchRebaser } from './rebase-patch';

/** A story with its index and conflicts: what a fixAll pass starts from. */
export interface Analysed {
  readonly story: Story;
  readonly ix: StoryIndex;
  readonly conflicts: readonly Conflict[];
  readonly ids: ReadonlySet<string>;
}

/** A proposal chosen for a conflict, simulated on the story of its pass, and what its patch touches. */
export interface Pick {
  readonly conflict: Conflict;
  readonly proposal: Proposal;
  readonly footprint: Footprint;
}

/** Picks applied together: the analysed story and the picks with their patches as applied. */
export interface Applied {
  readonly state: Analysed;
  readonly picks: readonly Pick[];
}

/** Indexes and analyses a story. */
export function analysed(story: Story): Analysed {
  const ix = buildStoryIndex(story);
  const conflicts = detectConflicts(ix);
  return { story, ix, conflicts, ids: new Set(conflicts.map((c) => c.id)) };
}

type Attempt = { readonly ok: true; readonly applied: Applied } | { readonly ok: false; readonly suspects: ReadonlySet<Pick> };

/**
 * Whether the picks' claims hold together: every conflict one of them resolves is gone,
 * every new conflict is one that one of them said it introduces, and there are fewer
 * conflicts than before (so that passes always make progress). When they do not, the
 * suspects are the picks that claimed a conflict still there or touch a new one's events.
 */
function check(before: Analysed, after: Analysed, picks: readonly Pick[]): ReadonlySet<Pick> | undefined {
  const announced = new Set<string>();
  for (const { proposal } of picks) for (const c of proposal.introduces) announced.add(c.id);
  const surprises = after.conflicts.filter((c) => !before.ids.has(c.id) && !announced.has(c.id));
  const unresolved = (p: Pick): boolean => p.proposal.resolves.some((id) => after.ids.has(id));
  if (surprises.length === 0 && after.conflicts.length < before.conflicts.length && !picks.some(unresolved)) return undefined;
  const surprised = new Set(surprises.flatMap((c) => c.events.map((id) => `e:${id}`)));
  return new Set(picks.filter((p) => unresolved(p) || [...p.footprint.keys].some((k) => surprised.has(k))));
}

/** The picks applied together (inserts rebased) and analysed; undefined when their patches do not apply. */
export function applyTogether(before: Analysed, picks: readonly Pick[]): Applied | undefined {
  const rebaser = new PatchRebaser(before.story);
  const rebased = picks.map((p) => ({ ...p, proposal: { ...p.proposal, patch: rebaser.rebase(p.proposal.patch) } }));
  try {
    const story = applyEdits(
      before.story,
      rebased.flatMap((p) => p.proposal.patch),
    ).story;
    return { state: analysed(story), picks: rebased };
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
}

/** The picks applied together and checked with one analysis. */
function tryTogether(before: Analysed, picks: readonly Pick[]): Attempt {
  const applied = applyTogether(before, picks);
  if (!applied) return { ok: false, suspects: new Set() };
  const suspects = check(before, applied.state, applied.picks);
  if (!suspects) return { ok: true, applied };
  // Suspects are reported as the caller's picks, not their rebased copies.
  return { ok: false, suspects: new Set(picks.filter((_, k) => suspects.has(applied.picks[k]!))) };
}

/**
 * Applies a pass's picks (worst conflict first) with one analysis when their claims
 * hold together. Otherwise two fixes interfered, which disjoint footprints make rare:
 * the suspects are left out and the rest tried once more; failing that, a binary
 * search finds a leading run of picks that holds (the first pick alone always does,
 * having been simulated on this very story). Picks left out wait for the next pass.
 * Undefined only if not even the first pick holds.
 */
export function applyPicks(before: Analysed, picks: readonly Pick[]): Applied | undefined {
  const all = tryTogether(before, picks);
  if (all.ok) return all.applied;
  if (all.suspects.size > 0 && all.suspects.size < picks.length) {
    const rest = tryTogether(
      before,
      picks.filter((p) => !all.suspects.has(p)),
    );
    if (rest.ok) return rest.applied;
  }
  const first = tryTogether(before, picks.slice(0, 1));
  if (!first.ok) return undefined;
  let best = first.applied;
  let lo = 1;
  let hi = picks.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const attempt = tryTogether(before, picks.slice(0, mid));
    if (attempt.ok) {
      best = attempt.applied;
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return best;
}
