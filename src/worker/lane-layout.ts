import type { StoryIndex } from '../core/analysis/story-index';
import { packRows, packRowsAround } from './lane-rows';
import { stableTimeAxis } from './stable-axis';
import type { LaneBand, LaneLayout } from './protocol';
import { timeToX, type TimeAxis, type TimeAxisOptions } from './time-axis';

export interface LaneLayoutOptions {
  /** Horizontal room one event needs; closer events in a lane are stacked into rows. */
  readonly slotPx: number;
  readonly rowPx: number;
  /** Room above the rows of a lane for its header. */
  readonly headerPx: number;
  /** Space between lanes. */
  readonly gapPx: number;
  readonly axis?: Partial<TimeAxisOptions>;
}

export const DEFAULT_LANE_OPTIONS: LaneLayoutOptions = { slotPx: 56, rowPx: 64, headerPx: 36, gapPx: 16 };

/**
 * Spacing of distinct times: mostly by order (minGapPx), a little by how far apart they
 * are (stepPx per doubling of the gap). Compact enough that a story of about fifty
 * events fitted into view is still drawn at a quarter of its size, not a sliver.
 */
const AXIS_SPACING = { stepPx: 12, minGapPx: 16 };

/** Sum of link strengths per event, both directions: the node size of the graph. */
export function weightedDegree(ix: StoryIndex): Float64Array {
  const w = new Float64Array(ix.n);
  for (let j = 0; j < ix.m; j++) {
    const s = ix.links[j]!.strength;
    w[ix.linkFrom[j]!]! += s;
    w[ix.linkTo[j]!]! += s;
  }
  return w;
}

/** Where one event was in a layout: its lane, row and horizontal extent. */
interface Placement {
  readonly scale: string;
  readonly row: number;
  readonly left: number;
  readonly right: number;
}

/**
 * What a layout decided, kept by the worker while the story stays open so that the
 * next layout moves as few nodes as possible (each moved node is redrawn on the canvas).
 */
export interface LaneMemory {
  readonly axis: TimeAxis;
  /** The axis unit the memory was made with: another unit means a fresh layout. */
  readonly unit: number;
  readonly placements: ReadonlyMap<string, Placement>;
  /** Rows given to each lane (by scale id); a lane keeps its rows so the lanes below it stay put. */
  readonly laneRows: ReadonlyMap<string, number>;
}

/**
 * The lanes layout: one lane per scale, finest on top; x from story time through a
 * shared compressed time axis; events stacked where they would overlap (an event
 * spans its duration plus its slot). Always a fresh layout (see layoutLanes for the
 * stable one of an open story).
 */
export function computeLaneLayout(ix: StoryIndex, options: LaneLayoutOptions = DEFAULT_LANE_OPTIONS): Omit<LaneLayout, 'revision'> {
  return layoutLanes(ix, undefined, options).layout;
}

/**
 * The lanes layout of the next revision of an open story, moving as little as possible
 * from `previous`: the time axis is kept (stableTimeAxis), an event whose lane and extent
 * are unchanged keeps its row, new and moved events take the lowest row where they fit,
 * and a lane never gives up rows. So adding, moving or deleting one event moves that one
 * node, not the thousands after it. Without `previous` it is a fresh layout.
 */
export function layoutLanes(
  ix: StoryIndex,
  previous: LaneMemory | undefined,
  options: LaneLayoutOptions = DEFAULT_LANE_OPTIONS,
): { layout: Omit<LaneLayout, 'revision'>; memory: LaneMemory } {
  const { n } = ix;
  const scales = ix.story.scales;
  const unit = scales[0]?.window ?? 1;
  const axisOptions = { unit, ...AXIS_SPACING, ...options.axis };
  const kept = previous && previous.unit === axisOptions.unit ? previous : undefined;
  const { axis, rebuilt } = stableTimeAxis(ix.time, kept?.axis, axisOptions);
  const memory = rebuilt ? undefined : kept;
  const x = new Float64Array(n);
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  const half = options.slotPx / 2;
  const byScale: number[][] = scales.map(() => []);
  for (let i = 0; i < n; i++) {
    const e = ix.events[i]!;
    x[i] = timeToX(axis, e.time);
    left[i] = x[i]! - half;
    right[i] = Math.max(x[i]!, e.duration > 0 ? timeToX(axis, e.time + e.duration) : x[i]!) + half;
    byScale[ix.scaleIdx[i]!]!.push(i);
  }
  const row = new Int32Array(n);
  const laneY: LaneBand[] = [];
  const laneRows = new Map<string, number>();
  const placements = new Map<string, Placement>();
  const positions = new Float64Array(2 * n);
  let y = 0;
  scales.forEach((scale, s) => {
    const members = byScale[s]!;
    const stay: number[] = [];
    const move: number[] = [];
    for (const i of members) {
      const was = memory?.placements.get(ix.events[i]!.id);
      if (was && was.scale === scale.id && was.left === left[i] && was.right === right[i]) {
        row[i] = was.row;
        stay.push(i);
      } else move.push(i);
    }
    // Mostly new (a fresh or rebuilt layout, a bulk change): pack tightly instead.
    const used = move.length * 2 > members.length ? packRows(members, left, right, row) : packRowsAround(stay, move, left, right, row);
    const rows = Math.max(used, memory?.laneRows.get(scale.id) ?? 0);
    const height = options.headerPx + rows * options.rowPx;
    for (const i of members) {
      positions[2 * i] = x[i]!;
      positions[2 * i + 1] = y + options.headerPx + row[i]! * options.rowPx + options.rowPx / 2;
      placements.set(ix.events[i]!.id, { scale: scale.id, row: row[i]!, left: left[i]!, right: right[i]! });
    }
    laneRows.set(scale.id, rows);
    laneY.push({ scale: scale.id, y, height, rows });
    y += height + options.gapPx;
  });
  const weights = weightedDegree(ix);
  let maxWeight = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > maxWeight) maxWeight = weights[i]!;
  const k = axis.xs.length;
  const width = k > 0 ? axis.xs[k - 1]! - axis.xs[0]! + options.slotPx : options.slotPx;
  return {
    layout: {
      eventIds: ix.events.map((e) => e.id),
      positions,
      laneY,
      timeScale: axis.slope,
      axis,
      weights,
      maxWeight,
      width,
      height: Math.max(0, y - options.gapPx),
    },
    memory: { axis, unit: axisOptions.unit, placements, laneRows },
  };
}
