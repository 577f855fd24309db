import type { Conflict, ConflictType } from '../analysis/conflict';
import { dismissedIds } from '../analysis/review';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { applyPicks, analysed, type Analysed, type Pick } from './fix-pass';
import { linkLookup, patchFootprint, type LinkLookup } from './patch-footprint';
import { netGain, proposeResolutions } from './propose';
import type { Proposal } from './proposal';
import { applyTrials, trialPicks, withMeasuredResolves, type Failed } from './trial-pass';

/** Trial passes stop when one accepts nothing; this caps them on stories where each accepts a few. */
const MAX_TRIAL_PASSES = 40;

/** One accepted proposal of a fixAll run. */
export interface FixStep {
  readonly conflictId: string;
  readonly conflictType: ConflictType;
  /**
   * The proposal as simulated on the story its pass started from (resolves, introduces);
   * its patch is the one applied, inserts placed for the story the previous steps left.
   */
  readonly proposal: Proposal;
}

/** How far a fixAll run got, for a progress display. */
export interface FixProgress {
  /** Conflicts looked at so far, over all passes. */
  readonly done: number;
  /** Conflicts of the passes started so far (a later pass adds the ones it looks at again). */
  readonly total: number;
  /** Proposals accepted so far. */
  readonly steps: number;
  /**
   * Conflicts the current pass targets: the story's active conflicts, less the ignored ones.
   * It only goes down from pass to pass, so it measures progress where `total` cannot (at
   * 5,000 dense events the passes look at 23,760 conflicts in all, 4,489 of them in the first).
   */
  readonly left: number;
}

/** Options of fixAll. */
export interface FixAllOptions {
  /** Accept only proposals that introduce no conflict. */
  readonly safeOnly?: boolean;
  /** Upper bound on accepted proposals; default 10 per conflict of the story plus 10. */
  readonly maxSteps?: number;
  /**
   * Conflict ids never targeted, besides the story's own `dismissed` list (which fixAll
   * always skips). A fix aimed at another conflict may still resolve one; that shows in
   * its `resolves`.
   */
  readonly ignore?: ReadonlySet<string>;
  /** Called after each conflict looked at, so that a long run can show its progress. */
  readonly onProgress?: (progress: FixProgress) => void;
}

/** The fixed story, the accepted proposals in order, and what is left. */
export interface FixAllResult {
  readonly story: Story;
  readonly steps: readonly FixStep[];
  /** Active conflicts of the final story (its dismissed ones left out). */
  readonly remaining: readonly Conflict[];
  /** How many steps each pass accepted, in order; `steps` lists them pass after pass. */
  readonly passes: readonly number[];
}

/** Worst first, then by id, so two runs on the same story take the same steps. */
function byPriority(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A conflict's proposals on the story of a pass, and the one fixAll may accept, if any. */
function evaluate(state: Analysed, conflict: Conflict, safeOnly: boolean): { proposals: Proposal[]; acceptable?: Proposal } {
  const proposals = proposeResolutions(state.story, conflict.id, { baseline: state.conflicts, ix: state.ix });
  const top = proposals[0];
  const acceptable = safeOnly
    ? proposals.find((p) => p.introduces.length === 0 && p.resolves.length > 0)
    : top && netGain(top) > 0
      ? top
      : undefined;
  return acceptable ? { proposals, acceptable } : { proposals };
}

/**
 * Conflicts found without an acceptable proposal, each with what it and its proposals
 * touch: looking at them again is pointless until a pass changes one of those. It is
 * a shortcut only (rules reach further than footprints), so a run never ends on it:
 * the last pass looks at every conflict afresh.
 */
type Verdicts = Map<string, ReadonlySet<string>>;

function verdictKeys(conflict: Conflict, proposals: readonly Proposal[], links: LinkLookup): Set<string> {
  const keys = new Set(conflict.events.map((id) => `e:${id}`));
  for (const p of proposals) for (const k of patchFootprint(p.patch, links).keys) keys.add(k);
  return keys;
}

/** Forgets the verdicts on conflicts whose surroundings the applied picks touched. */
function invalidate(verdicts: Verdicts, picks: readonly Pick[]): void {
  if (picks.some((p) => p.footprint.global)) return verdicts.clear();
  const touched = new Set(picks.flatMap((p) => [...p.footprint.keys]));
  for (const [id, keys] of verdicts) if ([...keys].some((k) => touched.has(k))) verdicts.delete(id);
}

/**
 * One pass's choice: every target's acceptable proposal, simulated on the same story,
 * worst conflict first, keeping only proposals that do not touch what an earlier
 * choice touches (nor its conflict's events) and that resolve something not already
 * claimed. Targets in a neighbourhood already being changed wait for the next pass,
 * when they are looked at on the story as it will be.
 */
function choose(
  state: Analysed,
  targets: readonly Conflict[],
  options: { safeOnly: boolean; room: number; verdicts: Verdicts; tick: () => void },
): { picks: Pick[]; trusted: boolean } {
  const links = linkLookup(state.story);
  const claimed = new Set<string>();
  const used = new Set<string>();
  let exclusive = false;
  let trusted = false;
  const picks: Pick[] = [];
  for (const conflict of targets) {
    options.tick();
    if (picks.length >= options.room || exclusive) continue;
    if (claimed.has(conflict.id) || conflict.events.some((id) => used.has(`e:${id}`))) continue;
    if (options.verdicts.has(conflict.id)) {
      trusted = true;
      continue;
    }
    const { proposals, acceptable: proposal } = evaluate(state, conflict, options.safeOnly);
    if (!proposal) {
      options.verdicts.set(conflict.id, verdictKeys(conflict, proposals, links));
      continue;
    }
    if (proposal.resolves.every((id) => claimed.has(id))) continue;
    const footprint = patchFootprint(proposal.patch, links);
    if (footprint.global && picks.length > 0) continue;
    if ([...footprint.keys].some((k) => used.has(k))) continue;
    exclusive = footprint.global;
    for (const k of footprint.keys) used.add(k);
    for (const id of conflict.events) used.add(`e:${id}`);
    for (const id of conflict.links) used.add(`l:${id}`);
    for (const id of proposal.resolves) claimed.add(id);
    picks.push({ conflict, proposal, footprint });
  }
  return { picks, trusted };
}

/**
 * Applies the acceptable proposal of every conflict (the top one when its net gain,
 * resolved minus introduced, is positive; with safeOnly, the best one that resolves
 * something and introduces nothing); the story's dismissed conflicts and `ignore` never targeted.
 *
 * Works in passes: a pass simulates the proposals of all its conflicts on the same
 * story, applies the non-overlapping ones together and checks them with one analysis
 * (everything claimed resolved is gone, nothing unannounced is new, fewer conflicts
 * than before); should two of them interfere, it keeps those that pass the check
 * (see applyPicks) and the others wait for the next pass. Passes repeat until one
 * accepts nothing, so at the end no remaining target has an acceptable proposal. A
 * conflict without one is not looked at again until a pass touches its surroundings,
 * but the last pass looks at every target afresh. Every pass lowers the conflict
 * count, so it terminates; maxSteps caps it anyway.
 */
export function fixAll(story: Story, options: FixAllOptions = {}): FixAllResult {
  const safeOnly = options.safeOnly ?? false;
  // Fixes never add or remove dismissed entries, so the story's list holds for every pass.
  const dismissed = dismissedIds(story);
  const ignore = new Set([...dismissed, ...(options.ignore ?? [])]);
  let state = analysed(story);
  const maxSteps = options.maxSteps ?? 10 * state.conflicts.length + 10;
  const steps: FixStep[] = [];
  const passes: number[] = [];
  const verdicts: Verdicts = new Map();
  let done = 0;
  let total = 0;
  let left = 0;
  const report = (): void => options.onProgress?.({ done, total, steps: steps.length, left });
  const tick = (): void => {
    done++;
    report();
  };
  const targetsOf = (s: Analysed): Conflict[] => s.conflicts.filter((c) => !ignore.has(c.id)).sort(byPriority);

  // Trial passes first: cheapest candidates checked together, one analysis per pass.
  const failed: Failed = new Map();
  const exhausted = new Set<string>();
  const strikes = new Map<string, number>();
  for (let trial = 0; trial < MAX_TRIAL_PASSES && steps.length < maxSteps; trial++) {
    const targets = targetsOf(state);
    if (targets.length === 0) break;
    total += targets.length;
    left = targets.length;
    report();
    const picks = trialPicks(state, targets, { links: linkLookup(state.story), failed, exhausted, room: maxSteps - steps.length, tick });
    if (picks.length === 0) break;
    const applied = applyTrials(state, picks, failed, strikes);
    if (!applied) continue;
    const measured = withMeasuredResolves(state, applied);
    for (const p of measured.picks) steps.push({ conflictId: p.conflict.id, conflictType: p.conflict.type, proposal: p.proposal });
    passes.push(measured.picks.length);
    state = measured.state;
    report();
  }

  while (steps.length < maxSteps) {
    const targets = targetsOf(state);
    if (targets.length === 0) break;
    total += targets.length;
    left = targets.length;
    report();
    const { picks, trusted } = choose(state, targets, { safeOnly, room: maxSteps - steps.length, verdicts, tick });
    if (picks.length === 0 && trusted) {
      // Nothing to accept, but some conflicts were passed over on an earlier verdict: look at them all again.
      verdicts.clear();
      continue;
    }
    const applied = picks.length > 0 ? applyPicks(state, picks) : undefined;
    if (!applied) break;
    invalidate(verdicts, applied.picks);
    for (const p of applied.picks) steps.push({ conflictId: p.conflict.id, conflictType: p.conflict.type, proposal: p.proposal });
    passes.push(applied.picks.length);
    state = applied.state;
    report();
  }
  return { story: state.story, steps, remaining: state.conflicts.filter((c) => !dismissed.has(c.id)), passes };
}

/** All ops of a fixAll run as one batch op, so accepting them is a single undo step. */
export function combinedPatch(steps: readonly FixStep[]): EditOp {
  return { kind: 'batch', ops: steps.flatMap((s) => s.proposal.patch) };
}
