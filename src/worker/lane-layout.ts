import type { StoryIndex } from '../core/analysis/story-index';
import { MinHeap } from './min-heap';
import type { LaneBand, LaneLayout } from './protocol';
import { buildTimeAxis, timeToX, type TimeAxisOptions } from './time-axis';

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

/**
 * Greedy interval packing of one lane: events in order of their left edge each take
 * the lowest row free at that point. Lowest-row-first keeps rows stable when one
 * event moves. O(k log k) for k events.
 */
function packRows(members: readonly number[], left: Float64Array, right: Float64Array, row: Int32Array): number {
  const order = [...members].sort((a, b) => left[a]! - left[b]! || a - b);
  const busy = new MinHeap(); // key: right edge, value: row
  const free = new MinHeap(); // key = value = row index
  let rows = 0;
  for (const i of order) {
    while (busy.size > 0 && busy.peekKey() <= left[i]!) {
      const r = busy.pop()!;
      free.push(r, r);
    }
    const r = free.size > 0 ? free.pop()! : rows++;
    row[i] = r;
    busy.push(right[i]!, r);
  }
  return Math.max(rows, 1);
}

/**
 * The lanes layout: one lane per scale, finest on top; x from story time through a
 * shared compressed time axis; events stacked where they would overlap (an event
 * spans its duration plus its slot).
 */
export function computeLaneLayout(ix: StoryIndex, options: LaneLayoutOptions = DEFAULT_LANE_OPTIONS): Omit<LaneLayout, 'revision'> {
  const { n } = ix;
  const scales = ix.story.scales;
  const unit = scales[0]?.window ?? 1;
  const axis = buildTimeAxis(ix.time, { unit, stepPx: 56, minGapPx: 12, ...options.axis });
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
  const positions = new Float64Array(2 * n);
  let y = 0;
  scales.forEach((scale, s) => {
    const members = byScale[s]!;
    const rows = packRows(members, left, right, row);
    const height = options.headerPx + rows * options.rowPx;
    for (const i of members) {
      positions[2 * i] = x[i]!;
      positions[2 * i + 1] = y + options.headerPx + row[i]! * options.rowPx + options.rowPx / 2;
    }
    laneY.push({ scale: scale.id, y, height, rows });
    y += height + options.gapPx;
  });
  const weights = weightedDegree(ix);
  let maxWeight = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > maxWeight) maxWeight = weights[i]!;
  const k = axis.xs.length;
  const width = k > 0 ? axis.xs[k - 1]! - axis.xs[0]! + options.slotPx : options.slotPx;
  return {
    eventIds: ix.events.map((e) => e.id),
    positions,
    laneY,
    timeScale: axis.slope,
    axis,
    weights,
    maxWeight,
    width,
    height: Math.max(0, y - options.gapPx),
  };
}
