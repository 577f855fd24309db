import type { Conflict, ConflictType } from '../analysis/conflict';
import { patchCost } from './cost';
import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import { neighboursAt } from './placement';
import { applyTogether, type Analysed, type Applied, type Pick } from './fix-pass';
import { patchFootprint, type LinkLookup } from './patch-footprint';
import { numberedCandidates } from './propose';

/**
 * Trial passes of fixAll: most conflicts of a story have a cheap candidate that simply
 * works, and simulating every candidate of every conflict on its own (a re-analysis
 * each) is what made fixAll slow on large stories. A trial pass takes each target's
 * cheapest candidate not yet known to fail, as if it resolved its conflict and
 * introduced nothing, applies all of them (disjoint footprints) together and checks
 * those claims with one analysis, as a pass checks simulated proposals. Candidates
 * that break their claim are remembered and not tried again; the exact passes that
 * follow weigh every candidate of what is left.
 */

/** Ids of candidates that failed a trial, per conflict id. */
export type Failed = Map<string, Set<string>>;

function fail(failed: Failed, pick: Pick): void {
  const set = failed.get(pick.conflict.id) ?? new Set<string>();
  set.add(pick.proposal.id);
  failed.set(pick.conflict.id, set);
}

/** The target's cheapest candidate (generation order among equals) not yet failed, as a pick claiming its conflict; undefined when none is left. */
function trialPick(state: Analysed, conflict: Conflict, links: LinkLookup, failed: Failed): Pick | 'none' {
  const known = failed.get(conflict.id);
  let best: Pick | undefined;
  for (const { id, candidate } of numberedCandidates(state.story, state.ix, conflict)) {
    if (known?.has(id)) continue;
    const cost = patchCost(state.story, candidate.patch) + (candidate.surcharge ?? 0);
    if (best && best.proposal.cost <= cost) continue;
    const { kind, description, patch } = candidate;
    const proposal = { id, conflictId: conflict.id, kind, description, patch, resolves: [conflict.id], introduces: [], cost };
    best = { conflict, proposal, footprint: patchFootprint(patch, links) };
  }
  return best ?? 'none';
}

/**
 * Timeline positions (in the story the pass starts from) a patch claims: those of the
 * events it names and of the two events between which it inserts one, each widened
 * by w on either side.
 */
function zoneOf(ix: StoryIndex, pick: Pick, w: number): number[] {
  const ranks: number[] = [];
  const visit = (op: EditOp): void => {
    if (op.kind === 'batch') return op.ops.forEach(visit);
    if (op.kind === 'add-event') {
      const { prev, next } = neighboursAt(ix, op.event.time, op.index ?? ix.n);
      if (prev !== undefined) ranks.push(ix.rank[prev]!);
      if (next !== undefined) ranks.push(ix.rank[next]!);
    }
  };
  pick.proposal.patch.forEach(visit);
  for (const key of pick.footprint.keys) {
    const i = key.startsWith('e:') ? ix.eventIndex.get(key.slice(2)) : undefined;
    if (i !== undefined) ranks.push(ix.rank[i]!);
  }
  const zone: number[] = [];
  for (const r of ranks) for (let p = Math.max(0, r - w); p <= Math.min(ix.n - 1, r + w); p++) zone.push(p);
  return zone;
}

/**
 * One trial pass's picks, worst conflict first, each clear of the earlier picks: no
 * shared event or link, no conflict event of theirs, and no insert between the same
 * two events (two new events side by side could make a spike together).
 */
export function trialPicks(
  state: Analysed,
  targets: readonly Conflict[],
  options: { links: LinkLookup; failed: Failed; exhausted: Set<string>; room: number; tick: () => void },
): Pick[] {
  const used = new Set<string>();
  const near = new Uint8Array(state.ix.n);
  // Wider zones (next-door neighbours, recovery windows) left too few picks per pass to be worth it.
  const w = 0;
  const picks: Pick[] = [];
  for (const conflict of targets) {
    options.tick();
    if (picks.length >= options.room || options.exhausted.has(conflict.id)) continue;
    if (conflict.events.some((id) => used.has(`e:${id}`))) continue;
    const pick = trialPick(state, conflict, options.links, options.failed);
    if (pick === 'none') {
      options.exhausted.add(conflict.id);
      continue;
    }
    // A cheapest candidate that overlaps an earlier pick waits for the next pass rather than giving way to a dearer one.
    if (pick.footprint.global || [...pick.footprint.keys].some((k) => used.has(k))) continue;
    const zone = zoneOf(state.ix, pick, w);
    if (zone.some((r) => near[r])) continue;
    for (const r of zone) near[r] = 1;
    for (const k of pick.footprint.keys) used.add(k);
    for (const id of conflict.events) used.add(`e:${id}`);
    for (const id of conflict.links) used.add(`l:${id}`);
    picks.push(pick);
  }
  return picks;
}

/** Timeline positions on either side of an event that a change to it can reach in the rules (spikes, recovery windows). */
function reachAround(ix: StoryIndex): number {
  return Math.max(2, ix.settings.therapy.recoveryWithin + 1);
}

/**
 * Which trials broke their claim: their conflict stays, or a new conflict names an
 * event within reach of what they touched (its timeline neighbours count: an insert
 * or a move shifts spikes and recovery windows). `unexplained` when a new conflict
 * is near none of them (or the patches do not apply).
 */
function verdict(before: Analysed, applied: Applied | undefined, picks: readonly Pick[]): { suspects: Map<Pick, number>; unexplained: boolean } {
  if (!applied) return { suspects: new Map(), unexplained: true };
  const { ix, ids, conflicts } = applied.state;
  // The picks whose footprint names each event.
  const touching = new Map<string, number[]>();
  applied.picks.forEach((pick, k) => {
    for (const key of pick.footprint.keys) {
      if (!key.startsWith('e:')) continue;
      const id = key.slice(2);
      const list = touching.get(id);
      if (!list) touching.set(id, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  // The picks that touched an event within reach of this one, on the timeline before the pass or after it.
  const near = (id: string, into: Set<number>): void => {
    for (const side of [before.ix, ix]) {
      const i = side.eventIndex.get(id);
      if (i === undefined) continue;
      const w = reachAround(side);
      const r = side.rank[i]!;
      for (let p = Math.max(0, r - w); p <= Math.min(side.n - 1, r + w); p++) for (const k of touching.get(side.events[side.timeline[p]!]!.id) ?? []) into.add(k);
    }
  };
  // How sure the blame is: 2 when the pick's own conflict stays or a new one names what it touched, 1 for a neighbour.
  const suspects = new Map<Pick, number>();
  const blame = (k: number, weight: number): void => {
    const pick = picks[k]!;
    suspects.set(pick, Math.max(weight, suspects.get(pick) ?? 0));
  };
  picks.forEach((pick, k) => {
    if (ids.has(pick.conflict.id)) blame(k, 2);
  });
  let unexplained = !(conflicts.length < before.conflicts.length);
  for (const c of conflicts) {
    if (before.ids.has(c.id)) continue;
    // A pick that touched one of its events is to blame; when none did, those that touched a neighbour;
    // failing that, those whose changes reach along the timeline or the links (moves, removals).
    const direct = new Set<number>();
    for (const id of c.events) for (const k of touching.get(id) ?? []) direct.add(k);
    for (const k of direct) blame(k, 2);
    if (direct.size > 0) continue;
    const around = new Set<number>();
    for (const id of c.events) near(id, around);
    if (around.size === 0) applied.picks.forEach((p, k) => {
      if (p.proposal.patch.some((op) => reachesFar(op, c.type))) around.add(k);
    });
    if (around.size === 0) unexplained = true;
    for (const k of around) blame(k, 1);
  }
  return { suspects, unexplained };
}

/**
 * Whether an op can bring a conflict of this type to events it does not name and
 * that are not its timeline neighbours: moves reorder the timeline, removed links
 * and participants take support and motives away, effects change who is alive.
 */
function reachesFar(op: EditOp, type: ConflictType): boolean {
  switch (op.kind) {
    case 'set-event-field':
      return op.field === 'time' || (op.field === 'scale' && type === 'unsupported-arc');
    case 'remove-link':
    case 'set-link-field':
      return type === 'unsupported-arc' || type === 'causal-cycle' || type === 'trait-swing' || type === 'relationship-flip';
    case 'remove-participant':
      return type === 'trait-swing' || type === 'relationship-flip';
    case 'set-effect':
      return type === 'exited-character' || type === 'trait-swing' || type === 'relationship-flip';
    case 'remove-event':
      return true;
    case 'batch':
      return op.ops.some((inner) => reachesFar(inner, type));
    default:
      return false;
  }
}

/**
 * A pick's trial failed, for sure (weight 2) or perhaps by a neighbour's doing (1):
 * from 3 its candidate is not tried again.
 */
function strike(failed: Failed, strikes: Map<string, number>, pick: Pick, weight: number): void {
  const n = (strikes.get(pick.proposal.id) ?? 0) + weight;
  strikes.set(pick.proposal.id, n);
  if (n >= 3) fail(failed, pick);
}

/**
 * Applies the trial picks whose claims hold, with as few analyses as it can: picks
 * that broke their claim are struck and the rest tried again, a few times; when a
 * new conflict cannot be put down to any pick, a binary search keeps the longest
 * leading run that holds (the first pick alone, when even that fails, is struck).
 * Picks left out wait for the next pass. Undefined when nothing holds.
 */
export function applyTrials(before: Analysed, picks: readonly Pick[], failed: Failed, strikes: Map<string, number>): Applied | undefined {
  let current = picks;
  const holds = (list: readonly Pick[]): Applied | undefined => {
    const applied = applyTogether(before, list);
    const { suspects, unexplained } = verdict(before, applied, list);
    return applied && suspects.size === 0 && !unexplained ? applied : undefined;
  };
  for (let round = 0; round < 6 && current.length > 0; round++) {
    const applied = applyTogether(before, current);
    const { suspects, unexplained } = verdict(before, applied, current);
    if (applied && suspects.size === 0 && !unexplained) return applied;
    if (suspects.size === 0) break;
    for (const [p, weight] of suspects) strike(failed, strikes, p, weight);
    current = current.filter((p) => !suspects.has(p));
  }
  if (current.length === 0) return undefined;
  const first = holds(current.slice(0, 1));
  if (!first) {
    fail(failed, current[0]!);
    return undefined;
  }
  let best = first;
  let lo = 1;
  let hi = current.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const attempt = holds(current.slice(0, mid));
    if (attempt) {
      best = attempt;
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return best;
}

/**
 * What each applied trial resolved, as the analysis after the pass shows: its own
 * conflict and every other one that is gone and names an event it touched (each
 * claimed once, by the worst conflict's pick).
 */
export function withMeasuredResolves(before: Analysed, applied: Applied): Applied {
  const claimed = new Set(applied.picks.map((p) => p.conflict.id));
  const gone = before.conflicts.filter((c) => !applied.state.ids.has(c.id) && !claimed.has(c.id));
  const picks = applied.picks.map((pick) => {
    const extra = gone.filter((c) => !claimed.has(c.id) && c.events.some((id) => pick.footprint.keys.has(`e:${id}`)));
    for (const c of extra) claimed.add(c.id);
    return extra.length === 0 ? pick : { ...pick, proposal: { ...pick.proposal, resolves: [pick.conflict.id, ...extra.map((c) => c.id)] } };
  });
  return { ...applied, picks };
}
