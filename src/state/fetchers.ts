import type { Ripple } from '../core/ripple/ripple';
import type { Proposal } from '../core/resolutions/proposal';
import type { EditOp } from '../core/edits/edit-op';
import type { PatchPreview } from '../worker/patch-preview';
import { applyAnalysisDelta } from '../worker/analysis-delta';
import type { AnalysisView, LaneLayout, RippleRequest } from '../worker/protocol';
import type { Studio } from './studio-context';
import type { WorkerClient } from './worker-client';

/** A worker answer tagged with the revision it was computed for. */
export interface AtRevision<T> {
  readonly revision: number;
  readonly value: T;
}

function client(s: Studio): WorkerClient {
  if (!s.session.client) throw new Error('Analysis is not running');
  return s.session.client;
}

/** The newest analysis held for `storyKey` before `revision`: what the worker's answer can be a delta to. */
function heldAnalysis(s: Studio, storyKey: string, revision: number): AnalysisView | undefined {
  let best: AnalysisView | undefined;
  for (const [, data] of s.queryClient.getQueriesData<AtRevision<AnalysisView>>({ queryKey: ['analysis', storyKey] })) {
    const v = data?.value;
    // Placeholder data (a previous revision standing in) carries its own revision: only real answers count.
    if (v && data.revision === v.revision && v.revision < revision && (!best || v.revision > best.revision)) best = v;
  }
  return best;
}

/**
 * Conflicts, scores and per-scale summary of a revision; rejects with StaleRevisionError once
 * the story moved on. Asked as the difference to the newest analysis already held (a few
 * conflicts after an edit rather than thousands copied across), whole when there is none.
 */
export async function fetchAnalysis(s: Studio, revision: number, storyKey = s.document.getState().storyKey): Promise<AtRevision<AnalysisView>> {
  const base = heldAnalysis(s, storyKey, revision);
  // Asked through analysisDelta even without a base (-1: never a revision), so the worker remembers what this thread holds.
  const answer = await client(s).call((p) => p.analysisDelta(base?.revision ?? -1, revision));
  if (answer.kind === 'full') return { revision, value: answer.view };
  // A delta names its base; the worker never answers one to a revision it was not asked about.
  if (base?.revision !== answer.from) throw new Error('The worker answered with a delta to an analysis this thread does not hold');
  return { revision, value: applyAnalysisDelta(base, answer) };
}

/** The lanes layout of a revision. */
export async function fetchLanes(s: Studio, revision: number): Promise<AtRevision<LaneLayout>> {
  const value = await client(s).call((p) => p.lanes(revision));
  return { revision, value };
}

/** The impact ripple from one event at a revision. */
export async function fetchRipple(s: Studio, sourceId: string, request: RippleRequest, revision: number): Promise<AtRevision<Ripple>> {
  const value = await client(s).call((p) => p.ripple(sourceId, request, revision));
  return { revision, value };
}

/** Ranked proposals for one conflict at a revision. */
export async function fetchProposals(s: Studio, conflictId: string, revision: number): Promise<AtRevision<readonly Proposal[]>> {
  const value = await client(s).call((p) => p.proposals(conflictId, revision));
  return { revision, value };
}

/** The ripple after a hypothetical edit (applied to a copy in the worker, never kept). */
export async function fetchWhatIfRipple(
  s: Studio,
  sourceId: string,
  request: RippleRequest,
  ops: readonly EditOp[],
  revision: number,
): Promise<AtRevision<Ripple>> {
  const value = await client(s).call((p) => p.whatIfRipple(sourceId, request, ops, revision));
  return { revision, value };
}

/** What a patch would add, move, change and remove, at a revision. */
export async function fetchPatchPreview(s: Studio, ops: readonly EditOp[], revision: number): Promise<AtRevision<PatchPreview>> {
  const value = await client(s).call((p) => p.previewPatch(ops, revision));
  return { revision, value };
}
