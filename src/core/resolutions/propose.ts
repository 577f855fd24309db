import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { patchCost } from './cost';
import { generatorFor } from './generators';
import type { Candidate, Proposal } from './proposal';
import { simulatePatch } from './simulate';

/** Options of proposeResolutions. */
export interface ProposeOptions {
  /** The story's current conflicts, when the caller already has them (saves one analysis). */
  readonly baseline?: readonly Conflict[];
  /** The story's index, when the caller already has it (saves indexing the story again). */
  readonly ix?: StoryIndex;
}

/** Net effect of a proposal: conflicts resolved minus conflicts introduced. */
export function netGain(p: Proposal): number {
  return p.resolves.length - p.introduces.length;
}

/** Ranking of conflict-rules.md: most resolved minus introduced first, then least cost, then id. */
export function compareProposals(a: Proposal, b: Proposal): number {
  return netGain(b) - netGain(a) || a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A number as JSON writes it. */
const jsonNumber = (v: number): string => (Number.isFinite(v) ? String(v) : 'null');

/**
 * A cheap summary of a patch that two patches equal as JSON always share: its ops' kinds,
 * and the id, time and intensity of events it adds (which tell a generator's placements apart).
 */
function fingerprint(patch: readonly EditOp[]): string {
  let key = String(patch.length);
  for (const op of patch) {
    key += `|${op.kind}`;
    if (op.kind === 'add-event') key += `:${op.event.id}:${jsonNumber(op.event.time)}:${jsonNumber(op.event.intensity)}`;
  }
  return key;
}

/**
 * Candidates with a repeated patch (equal as JSON) are offered once (the first description
 * wins). Patches are written out as JSON only when their fingerprints meet.
 */
function distinct(candidates: readonly Candidate[]): Candidate[] {
  const byPrint = new Map<string, { readonly first: readonly EditOp[]; keys?: Set<string> }>();
  return candidates.filter((c) => {
    const print = fingerprint(c.patch);
    const met = byPrint.get(print);
    if (met === undefined) {
      byPrint.set(print, { first: c.patch });
      return true;
    }
    met.keys ??= new Set([JSON.stringify(met.first)]);
    const key = JSON.stringify(c.patch);
    if (met.keys.has(key)) return false;
    met.keys.add(key);
    return true;
  });
}

/** A candidate with the id its proposal gets: `${conflictId}#${kind}#n`, n counting per kind in generation order. */
export interface NumberedCandidate {
  readonly id: string;
  readonly candidate: Candidate;
}

/** The distinct candidates of a conflict of the indexed story, numbered as their proposals are. */
export function numberedCandidates(story: Story, ix: StoryIndex, conflict: Conflict): NumberedCandidate[] {
  const perKind = new Map<string, number>();
  return distinct(generatorFor(conflict.type)({ story, ix, conflict })).map((candidate) => {
    const n = (perKind.get(candidate.kind) ?? 0) + 1;
    perKind.set(candidate.kind, n);
    return { id: `${conflict.id}#${candidate.kind}#${n}`, candidate };
  });
}

/**
 * Ranked resolution proposals for one conflict of the story, each simulated on a
 * copy. Proposals that do not remove their own conflict are dropped when at
 * least one does; otherwise they are all kept so the designer still sees options.
 * Unknown conflict ids give an empty list.
 */
export function proposeResolutions(story: Story, conflictId: string, options: ProposeOptions = {}): Proposal[] {
  const ix = options.ix?.story === story ? options.ix : buildStoryIndex(story);
  const baseline = options.baseline ?? detectConflicts(ix);
  const conflict = baseline.find((c) => c.id === conflictId);
  if (!conflict || conflict.events.some((id) => !ix.eventIndex.has(id))) return [];

  const proposals: Proposal[] = [];
  for (const { id, candidate: c } of numberedCandidates(story, ix, conflict)) {
    const effect = simulatePatch(story, c.patch, baseline, ix);
    if (!effect) continue;
    proposals.push({
      id,
      conflictId,
      kind: c.kind,
      description: c.description,
      patch: c.patch,
      resolves: effect.resolves,
      introduces: effect.introduces,
      cost: patchCost(story, c.patch) + (c.surcharge ?? 0),
    });
  }
  const working = proposals.filter((p) => p.resolves.includes(conflictId));
  return (working.length > 0 ? working : proposals).sort(compareProposals);
}
