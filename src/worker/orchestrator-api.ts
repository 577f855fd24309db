import { detectConflicts } from '../core/analysis/analyze';
import { now } from '../core/analysis/clock';
import type { Conflict } from '../core/analysis/conflict';
import { splitByReview } from '../core/analysis/review';
import { computeScores } from '../core/analysis/scores';
import { buildStoryIndex, type StoryIndex } from '../core/analysis/story-index';
import { applyEdit, applyEdits } from '../core/edits/apply-edit';
import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import type { Proposal } from '../core/resolutions/proposal';
import { proposeResolutions } from '../core/resolutions/propose';
import { computeRipple, type Ripple, type RippleOptions } from '../core/ripple/ripple';
import { analysisHistory } from './analysis-delta';
import { layoutLanes, type LaneMemory } from './lane-layout';
import { previewPatch, type PatchPreview } from './patch-preview';
import { playThroughAt } from './play-through';
import { summariseScales } from './scale-summary';
import { StaleRevisionError, type AnalysisView, type LaneLayout, type OrchestratorApi, type RippleRequest } from './protocol';

/** Results computed for the current revision, dropped as soon as it changes. */
interface Cache {
  ix?: StoryIndex;
  /** Every detected conflict, dismissed ones included (the baseline proposals compare against). */
  all?: readonly Conflict[];
  /** How long indexing and detection took when `all` was computed, so analysis time stays honest when proposals came first. */
  detectMs?: number;
  analysis?: AnalysisView;
  /** Proposals per conflict id: the panel lists them, then Accept asks again for the same revision. */
  proposals?: Map<string, readonly Proposal[]>;
  lanes?: LaneLayout;
}

/** Highest severity first; ties by type then id so the order is stable across runs. */
function bySeverity(a: Conflict, b: Conflict): number {
  return b.severity - a.severity || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

/**
 * The worker's logic, free of any worker API so that it runs (and is tested) in
 * Node: it holds the current story and its revision, applies edit operations,
 * and answers questions about that revision only.
 */
export function createOrchestratorApi(): OrchestratorApi {
  const api = createAnalysisApi();
  const answered = analysisHistory();
  return {
    ...api,
    // Built on analyze: whatever analyze computes, the delta is to the view answered before.
    analysisDelta: (fromRevision, rev) => answered.answer(fromRevision, api.analyze(rev)),
  };
}

function createAnalysisApi(): Omit<OrchestratorApi, 'analysisDelta'> {
  let story: Story | undefined;
  let revision = -1;
  let cache: Cache = {};
  // The last lanes layout of the open story: the next one starts from it, so an edit moves few nodes.
  let laneMemory: LaneMemory | undefined;

  function current(requested: number): Story {
    if (story === undefined || requested !== revision) throw new StaleRevisionError(requested, revision);
    return story;
  }

  function index(requested: number): StoryIndex {
    const s = current(requested);
    cache.ix ??= buildStoryIndex(s);
    return cache.ix;
  }

  function allConflicts(requested: number): readonly Conflict[] {
    if (cache.all) return cache.all;
    const started = now();
    cache.all = detectConflicts(index(requested));
    cache.detectMs = now() - started;
    return cache.all;
  }

  function rippleOptions(request: RippleRequest): RippleOptions {
    const { direction, minImpact, maxHops } = request;
    return {
      direction,
      ...(minImpact !== undefined ? { minImpact } : {}),
      ...(maxHops !== undefined ? { maxHops } : {}),
    };
  }

  return {
    open(next, rev) {
      story = next;
      revision = rev;
      cache = {};
      laneMemory = undefined;
    },

    edit(ops: readonly EditOp[], rev) {
      if (story === undefined) throw new Error('No story is open in the worker');
      let next = story;
      for (const op of ops) next = applyEdit(next, op).story;
      // Only after every op applied: a failing op leaves the worker at the old revision, which the main thread notices.
      story = next;
      revision = rev;
      cache = {};
    },

    analyze(rev) {
      current(rev);
      if (cache.analysis) return cache.analysis;
      const earlier = cache.all !== undefined ? (cache.detectMs ?? 0) : 0;
      const started = now();
      const ix = index(rev);
      const all = allConflicts(rev);
      const review = splitByReview(ix.story, all);
      const active = [...review.active].sort(bySeverity);
      const dismissed = [...review.dismissed].sort(bySeverity);
      const scores = computeScores(ix, active);
      const perScale = summariseScales(ix, active);
      const stats = { events: ix.n, links: ix.m, ms: earlier + now() - started };
      cache.analysis = { revision: rev, conflicts: active, dismissed, stale: review.stale, scores, stats, perScale };
      return cache.analysis;
    },

    lanes(rev): LaneLayout {
      if (!cache.lanes) {
        const { layout, memory } = layoutLanes(index(rev), laneMemory);
        laneMemory = memory;
        cache.lanes = { revision: rev, ...layout };
      }
      // Copies: the worker entry transfers these buffers, and the cached layout must stay intact.
      return { ...cache.lanes, positions: cache.lanes.positions.slice(), weights: cache.lanes.weights.slice() };
    },

    ripple(sourceId: string, request: RippleRequest, rev): Ripple {
      return computeRipple(index(rev), sourceId, rippleOptions(request));
    },

    proposals(conflictId: string, rev): readonly Proposal[] {
      const s = current(rev);
      cache.proposals ??= new Map();
      let found = cache.proposals.get(conflictId);
      if (!found) {
        found = proposeResolutions(s, conflictId, { baseline: allConflicts(rev) });
        cache.proposals.set(conflictId, found);
      }
      return found;
    },

    whatIfRipple(sourceId: string, request: RippleRequest, ops: readonly EditOp[], rev): Ripple {
      // The hypothetical story lives only for this call: the worker's story and caches stay as they were.
      const hypothetical = applyEdits(current(rev), ops).story;
      return computeRipple(buildStoryIndex(hypothetical), sourceId, rippleOptions(request));
    },

    previewPatch(ops: readonly EditOp[], rev): PatchPreview {
      return previewPatch(current(rev), ops);
    },

    playThrough: (path, rev) => playThroughAt(index(rev), allConflicts(rev), path, rev),

    revision: () => revision,
  };
}
