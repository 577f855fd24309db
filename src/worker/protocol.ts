import type { Conflict } from '../core/analysis/conflict';
import type { AnalysisStats } from '../core/analysis/analyze';
import type { Scores } from '../core/analysis/scores';
import type { EditOp } from '../core/edits/edit-op';
import type { DismissedConflict } from '../core/analysis/review';
import type { DismissedEntry, Story } from '../core/model/story';
import type { Ripple, RippleDirection } from '../core/ripple/ripple';
import type { Proposal } from '../core/resolutions/proposal';
import type { FixStep } from '../core/resolutions/fix-all';
import type { AnalysisAnswer } from './analysis-delta';
import type { PatchPreview } from './patch-preview';
import type { PlayAnswer } from './play-through';
import type { TimeAxis } from './time-axis';

/** The scale manager's summary of one scale: what a lane header shows. */
export interface ScaleSummary {
  readonly scale: string;
  readonly events: number;
  readonly conflicts: number;
  /** Coherence of the scale alone, in [0, 1] (1 = no structural conflict touches it). */
  readonly coherence: number;
}

/** Everything the studio shows about a revision's conflicts. */
export interface AnalysisView {
  readonly revision: number;
  /** Active conflicts (dismissed ones excluded), sorted by severity, highest first. */
  readonly conflicts: readonly Conflict[];
  /** Conflicts the story dismisses (story.dismissed), each with its entry and note, sorted like `conflicts`. */
  readonly dismissed: readonly DismissedConflict[];
  /** Dismissed entries that match no current conflict, in the story's order: shown apart, never dropped. */
  readonly stale: readonly DismissedEntry[];
  readonly scores: Scores;
  readonly stats: AnalysisStats;
  /** One entry per scale of the story, finest first. */
  readonly perScale: readonly ScaleSummary[];
}

/** One horizontal lane of the lanes layout. */
export interface LaneBand {
  readonly scale: string;
  /** Top of the band in model coordinates (px). */
  readonly y: number;
  readonly height: number;
  /** How many rows events were stacked into. */
  readonly rows: number;
}

/** Node positions of the lanes layout: one lane per scale, finest on top, x by story time. */
export interface LaneLayout {
  readonly revision: number;
  /** Event ids in story order, so that `positions` can be matched to a story of another revision. */
  readonly eventIds: readonly string[];
  /**
   * Names the list `eventIds`: layouts with the same key list the same ids in the same order,
   * so the main thread can tell a layout of the same events without comparing 20,000 ids.
   */
  readonly eventIdsKey: string;
  /** x, y of the centre of event i at [2i], [2i + 1] (story order). Transferred, not copied. */
  readonly positions: Float64Array;
  readonly laneY: readonly LaneBand[];
  /** Pixels per time unit around the median gap; the exact mapping is `axis` (see timeToX / xToTime). */
  readonly timeScale: number;
  readonly axis: TimeAxis;
  /** Weighted degree of event i (sum of the strengths of its links, both directions). */
  readonly weights: Float64Array;
  /** Largest weight, to normalise node sizes (0 when there are no links). */
  readonly maxWeight: number;
  /** Horizontal extent of the layout. */
  readonly width: number;
  readonly height: number;
}

/** Which way an impact ripple runs: along the links ("what this changes") or against them ("what led here"). */
export type { RippleDirection };

export interface RippleRequest {
  readonly direction: RippleDirection;
  readonly minImpact?: number;
  readonly maxHops?: number;
}

/** The safe fixes of a revision as ops the main thread applies as one undo step. */
export interface SafeFixes {
  readonly ops: readonly EditOp[];
  readonly steps: readonly FixStep[];
  /** Ids of the active (not dismissed) conflicts gone once all steps are applied. */
  readonly resolved: readonly string[];
}

/** The worker's methods as the main thread sees them (every call is async through comlink). */
export interface OrchestratorApi {
  open(story: Story, revision: number): void;
  edit(ops: readonly EditOp[], revision: number): void;
  analyze(revision: number): AnalysisView;
  /**
   * `analyze(revision)` as the difference to the analysis of `fromRevision`, which the
   * caller holds (analysis-delta.ts); the whole view when the worker no longer has that one.
   */
  analysisDelta(fromRevision: number, revision: number): AnalysisAnswer;
  lanes(revision: number): LaneLayout;
  ripple(sourceId: string, request: RippleRequest, revision: number): Ripple;
  proposals(conflictId: string, revision: number): readonly Proposal[];
  /** The ripple the story would have after `ops` (a hypothetical edit): applied to a copy, never kept. */
  whatIfRipple(sourceId: string, request: RippleRequest, ops: readonly EditOp[], revision: number): Ripple;
  /** What `ops` (a proposal's patch) would add, move, change and remove, without applying it. */
  previewPatch(ops: readonly EditOp[], revision: number): PatchPreview;
  /** The play-through after walking `path` (conflict-rules.md, Play-through); rejects a path that cannot be walked. */
  playThrough(path: readonly string[], revision: number): PlayAnswer;
  /** The worker's current revision (-1 before open), for health checks. */
  revision(): number;
}

/** Error name shared by both sides: comlink keeps `name` and `message` of a thrown Error. */
export const STALE_REVISION = 'StaleRevisionError';

/** A request named a revision that is not the worker's current one; its result would be stale. */
export class StaleRevisionError extends Error {
  constructor(
    readonly requested: number,
    readonly current: number,
  ) {
    super(`revision ${requested} is stale (worker is at ${current})`);
    this.name = STALE_REVISION;
  }
}

/** True for a StaleRevisionError, also after it crossed the worker boundary. */
export function isStaleRevisionError(e: unknown): boolean {
  return e instanceof Error && e.name === STALE_REVISION;
}
