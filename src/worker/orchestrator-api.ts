import { now } from '../core/analysis/clock';
import type { Conflict } from '../core/analysis/conflict';
import type { DismissedConflict } from '../core/analysis/review';
import { buildStoryIndex, type StoryIndex } from '../core/analysis/story-index';
import { applyEdit, applyEdits } from '../core/edits/apply-edit';
import type { EditOp } from '../core/edits/edit-op';
import { IncrementalAnalysis } from '../core/incremental/incremental-analysis';
import type { Story } from '../core/model/story';
import type { Proposal } from '../core/resolutions/proposal';
import { proposeResolutions } from '../core/resolutions/propose';
import { computeRipple, type Ripple, type RippleOptions } from '../core/ripple/ripple';
import { ActiveOrder, bySeverity } from './active-order';
import { analysisHistory } from './analysis-delta';
import { layoutLanes, type LaneMemory } from './lane-layout';
import { previewPatch, type PatchPreview } from './patch-preview';
import { playThroughAt } from './play-through';
import { summariseScales } from './scale-summary';
import { StaleRevisionError, type AnalysisView, type LaneLayout, type OrchestratorApi, type RippleRequest } from './protocol';

/** Results computed for the current revision, dropped as soon as it changes. */
interface Cache {
  ix?: StoryIndex;
  /** How long building `ix` took, when it was built before the analysis (which then counts it). */
  indexMs?: number;
  /** Every detected conflict, dismissed ones included (the baseline proposals compare against). */
  all?: readonly Conflict[];
  /** How long indexing and detection took when `all` was computed, so analysis time stays honest when proposals came first. */
  detectMs?: number;
  analysis?: AnalysisView;
  /** Proposals per conflict id: the panel lists them, then Accept asks again for the same revision. */
  proposals?: Map<string, readonly Proposal[]>;
  lanes?: LaneLayout;
}

/** Whether two id lists are the same ids in the same order (here, in the worker, off the main thread). */
function sameInOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A dismissed conflict as the conflict itself: proposals and play-through compare against plain conflicts. */
function withoutDismissal(d: DismissedConflict): Conflict {
  const c: { -readonly [K in keyof DismissedConflict]?: DismissedConflict[K] } = { ...d };
  delete c.dismissal;
  return c as Conflict;
}

export interface OrchestratorOptions {
  /**
   * Runs a task once the current answer is out. The worker passes a timer so that the tables
   * the first edit needs are built while the story is looked at; on the page itself (no
   * workers) that would be a long task nobody asked for, so by default nothing runs ahead.
   */
  readonly later?: (task: () => void) => void;
}

/**
 * The worker's logic, free of any worker API so that it runs (and is tested) in
 * Node: it holds the current story and its revision, applies edit operations,
 * and answers questions about that revision only.
 */
export function createOrchestratorApi(options: OrchestratorOptions = {}): OrchestratorApi {
  const api = createAnalysisApi(options);
  const answered = analysisHistory();
  return {
    ...api,
    // Built on analyze: whatever analyze computes, the delta is to the view answered before.
    analysisDelta: (fromRevision, rev) => answered.answer(fromRevision, api.analyze(rev)),
  };
}

function createAnalysisApi({ later }: OrchestratorOptions): Omit<OrchestratorApi, 'analysisDelta'> {
  let story: Story | undefined;
  let revision = -1;
  let cache: Cache = {};
  // The last lanes layout of the open story: the next one starts from it, so an edit moves few nodes.
  let laneMemory: LaneMemory | undefined;
  /** The event ids of the last lanes layout and their key (LaneLayout.eventIdsKey). */
  let laneIds: { readonly ids: readonly string[]; readonly key: string } | undefined;
  // The analysis, kept across revisions: after an edit it re-detects only what the edit can reach.
  let engine: IncrementalAnalysis | undefined;
  // The ops applied since the engine's story, which tell it where to look.
  let pending: EditOp[] = [];
  const order = new ActiveOrder();

  /** The analysis of the current revision, brought up to date (incrementally after an edit). */
  function analysis(requested: number): IncrementalAnalysis {
    const s = current(requested);
    if (engine === undefined) {
      // The index lanes were laid out on, when they came first (see index()): built once, counted once.
      const opened = IncrementalAnalysis.of(s, cache.ix);
      engine = opened;
      pending = [];
      order.reset(engine.result().conflicts);
      cache.detectMs = engine.ms + (cache.indexMs ?? 0);
      later?.(() => {
        if (engine === opened) opened.prepare();
      });
    } else if (engine.story !== s) {
      const change = engine.update(s, pending);
      pending = [];
      const e = engine;
      if (change.full) order.reset(e.result().conflicts);
      else order.apply(change, (id) => e.conflict(id), (id) => e.isDismissed(id));
      cache.detectMs = engine.ms;
    }
    return engine;
  }

  function current(requested: number): Story {
    if (story === undefined || requested !== revision) throw new StaleRevisionError(requested, revision);
    return story;
  }

  /**
   * The current revision's index. Before the first analysis of an opened story it is built on
   * its own: the lanes of a story just opened are asked for first (queries.ts), and laying them
   * out needs the index, not the conflicts, so the graph is drawn while the analysis runs.
   */
  function index(requested: number): StoryIndex {
    if (cache.ix === undefined && engine === undefined) {
      const started = now();
      cache.ix = buildStoryIndex(current(requested));
      cache.indexMs = now() - started;
    }
    cache.ix ??= analysis(requested).index;
    return cache.ix;
  }

  /** Every detected conflict: the active ones in the panel's order, then the dismissed ones (the same on every host and after any edits). */
  function allConflicts(requested: number): readonly Conflict[] {
    if (cache.all) return cache.all;
    const dismissed = analysis(requested).dismissedConflicts().sort(bySeverity);
    cache.all = [...order.conflicts, ...dismissed.map(withoutDismissal)];
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
      engine = undefined;
      pending = [];
    },

    edit(ops: readonly EditOp[], rev) {
      if (story === undefined) throw new Error('No story is open in the worker');
      // As one batch, as the main thread applied them: op by op, each op copied the story's lists,
      // and the 9,929 ops of "Accept all safe fixes" on 5,000 dense events took the worker 5-28 s.
      // All or nothing: a failing op leaves the worker at the old revision, which the main thread notices.
      story = ops.length === 1 ? applyEdit(story, ops[0]!).story : applyEdits(story, ops).story;
      revision = rev;
      cache = {};
      // Not push(...ops): a spread of 850,000 ops (fixing a story of a million links) overflows the stack.
      for (const op of ops) pending.push(op);
    },

    analyze(rev) {
      current(rev);
      if (cache.analysis) return cache.analysis;
      // Analysis time spent before this call (lanes or proposals asked first) still counts.
      const earlier = engine !== undefined && engine.story === story ? (cache.detectMs ?? 0) : (cache.indexMs ?? 0);
      const started = now();
      const e = analysis(rev);
      const ix = e.index;
      const active = order.conflicts;
      const dismissed = e.dismissedConflicts().sort(bySeverity);
      const scores = e.currentScores();
      const perScale = summariseScales(ix, active);
      // The analysis's own time (an incremental update after an edit) plus the views built here.
      const stats = { events: ix.n, links: ix.m, ms: earlier + now() - started };
      cache.analysis = { revision: rev, conflicts: active, dismissed, stale: e.staleEntries(), scores, stats, perScale };
      return cache.analysis;
    },

    lanes(rev): LaneLayout {
      if (!cache.lanes) {
        const { layout, memory } = layoutLanes(index(rev), laneMemory);
        laneMemory = memory;
        const ids = layout.eventIds;
        if (!laneIds || !sameInOrder(laneIds.ids, ids)) laneIds = { ids, key: crypto.randomUUID() };
        cache.lanes = { revision: rev, ...layout, eventIdsKey: laneIds.key };
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
        found = proposeResolutions(s, conflictId, { baseline: allConflicts(rev), ix: index(rev) });
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
