import type { StoryIndex } from '../core/analysis/story-index';
import { packRows, packRowsAround, rowsKept } from './lane-rows';
import { stableTimeAxis } from './stable-axis';
import type { LaneBand, LaneLayout } from './protocol';
import { buildTimeAxis, DEFAULT_TIME_AXIS_OPTIONS, timeToX, type TimeAxis, type TimeAxisOptions } from './time-axis';

export interface LaneLayoutOptions {
  /** Largest node diameter (the label starts right of it). */
  readonly nodePx: number;
  /** Widest label: longer titles wrap to a second line of this width (and are shortened after it). */
  readonly labelPx: number;
  /** Width of one character of a label, a little generous, to size one-line labels. */
  readonly charPx: number;
  /** Space kept free after a label (or a duration bar) before the next event on its row. */
  readonly spacePx: number;
  /** Row height: a two-line label. */
  readonly rowPx: number;
  /** Room above the rows of a lane (its header lives in a gutter beside the canvas, not here). */
  readonly headerPx: number;
  /** Space between lanes. */
  readonly gapPx: number;
  /** Width over height a fresh layout aims at, so that fitting it into a canvas keeps labels legible. */
  readonly aspect: number;
  readonly axis?: Partial<TimeAxisOptions>;
}

export const DEFAULT_LANE_OPTIONS: LaneLayoutOptions = {
  nodePx: 20,
  labelPx: 120,
  charPx: 7,
  spacePx: 6,
  rowPx: 28,
  headerPx: 2,
  gapPx: 4,
  aspect: 1.35,
};

/** Gap between a node and its label (Cytoscape's text-margin-x in the stylesheet). */
const LABEL_GAP_PX = 4;

/**
 * Spacings a fresh layout may try (times the axis options) to come close to `aspect`.
 * Below 1 (denser than the base: more rows, less width) only for stories small enough
 * to be read whole at a glance; a long story stays a wide timeline.
 */
const SPREADS = Array.from({ length: 41 }, (_, i) => Math.round(0.2 * 1.115 ** i * 1000) / 1000).concat(1).sort((a, b) => a - b);
const DENSE_UP_TO = 400;

/** Room for a conflict badge ("⚠2") even after the shortest title. */
const MIN_LABEL_PX = 48;

/**
 * Width reserved for the label of an event with this title: one line of its estimated
 * width, at most labelPx (two lines then). The canvas wraps each label into exactly this
 * width (src/ui/graph/label-text.ts), so a label never outgrows its room.
 */
export function labelWidth(title: string, options: LaneLayoutOptions): number {
  return Math.min(options.labelPx, Math.max(MIN_LABEL_PX, title.length * options.charPx));
}

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
  /** How much wider than the base spacing the axis was built (kept with the axis). */
  readonly spread: number;
  readonly placements: ReadonlyMap<string, Placement>;
  /** Rows given to each lane (by scale id); a lane keeps its rows so the lanes below it stay put. */
  readonly laneRows: ReadonlyMap<string, number>;
  /** Events in each lane (by scale id), to tell how many left it since. */
  readonly laneEvents: ReadonlyMap<string, number>;
}

/**
 * The lanes layout: one lane per scale, finest on top; x from story time through a
 * shared compressed time axis; events stacked where they would overlap (an event
 * spans its duration plus its slot). Always a fresh layout (see layoutLanes for the
 * stable one of an open story).
 */
export function computeLaneLayout(ix: StoryIndex, options: LaneLayoutOptions = DEFAULT_LANE_OPTIONS): Omit<LaneLayout, 'revision' | 'eventIdsKey'> {
  return layoutLanes(ix, undefined, options).layout;
}

/**
 * The times the axis is built on: every event's start, and the end of every event with a
 * duration, so that the empty stretch inside a long duration is collapsed too (a year-long
 * event is a short bar, not thousands of pixels past the last event).
 */
function axisTimes(ix: StoryIndex): Float64Array {
  let ends = 0;
  for (const e of ix.events) if (e.duration > 0) ends++;
  const out = new Float64Array(ix.n + ends);
  out.set(ix.time);
  let k = ix.n;
  for (const e of ix.events) if (e.duration > 0) out[k++] = e.time + e.duration;
  return out;
}

/** The axis options of a layout spread `k` times wider than the base. */
function spreadAxis(base: TimeAxisOptions, k: number): TimeAxisOptions {
  return { ...base, stepPx: base.stepPx * k, minGapPx: base.minGapPx * k, breakPx: base.breakPx * k };
}

/**
 * The lanes layout of the next revision of an open story, moving as little as possible
 * from `previous`: the time axis is kept (stableTimeAxis), an event whose lane and extent
 * are unchanged keeps its row, new and moved events take the lowest row where they fit,
 * and a lane gives back rows fallen empty only once an event has left it (rowsKept). So
 * adding, moving or deleting one event moves that one node, not the thousands after it,
 * unless its lane needs a row more or has one fewer (then the lanes below move as a whole). Without `previous` it is a fresh layout: spread along
 * time just enough to be `aspect` times wider than tall (a short story then fills a
 * screen with legible labels instead of a thin strip of rows).
 */
export function layoutLanes(
  ix: StoryIndex,
  previous: LaneMemory | undefined,
  options: LaneLayoutOptions = DEFAULT_LANE_OPTIONS,
): { layout: Omit<LaneLayout, 'revision' | 'eventIdsKey'>; memory: LaneMemory } {
  const scales = ix.story.scales;
  const unit = scales[0]?.window ?? 1;
  const base: TimeAxisOptions = { ...DEFAULT_TIME_AXIS_OPTIONS, unit, ...options.axis };
  const kept = previous && previous.unit === base.unit ? previous : undefined;
  if (kept) {
    const { axis, rebuilt } = stableTimeAxis(axisTimes(ix), kept.axis, spreadAxis(base, kept.spread));
    if (!rebuilt) return place(ix, axis, kept, kept.spread, base.unit, options);
  }
  // The spread whose width over height comes closest to `aspect` (log scale): wider ones have fewer rows.
  const spreads = ix.n <= DENSE_UP_TO ? SPREADS : SPREADS.filter((k) => k >= 1);
  let result = place(ix, buildTimeAxis(axisTimes(ix), spreadAxis(base, spreads[0]!)), undefined, spreads[0]!, base.unit, options);
  const miss = (r: typeof result): number => Math.abs(Math.log(Math.max(1, r.layout.width) / Math.max(1, r.layout.height) / options.aspect));
  for (const k of spreads.slice(1)) {
    if (result.layout.width >= options.aspect * result.layout.height) break;
    const next = place(ix, buildTimeAxis(axisTimes(ix), spreadAxis(base, k)), undefined, k, base.unit, options);
    if (miss(next) < miss(result)) result = next;
    else if (next.layout.width >= options.aspect * next.layout.height) break;
  }
  return result;
}

/** Places every event on `axis`, keeping the rows of `memory` where they still fit. */
function place(
  ix: StoryIndex,
  axis: TimeAxis,
  memory: LaneMemory | undefined,
  spread: number,
  unit: number,
  options: LaneLayoutOptions,
): { layout: Omit<LaneLayout, 'revision' | 'eventIdsKey'>; memory: LaneMemory } {
  const { n } = ix;
  const scales = ix.story.scales;
  const x = new Float64Array(n);
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  const half = options.nodePx / 2;
  const byScale: number[][] = scales.map(() => []);
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = ix.events[i]!;
    x[i] = timeToX(axis, e.time);
    left[i] = x[i]! - half;
    const labelEnd = x[i]! + half + LABEL_GAP_PX + labelWidth(e.title, options);
    const barEnd = e.duration > 0 ? timeToX(axis, e.time + e.duration) : x[i]!;
    right[i] = Math.max(labelEnd, barEnd) + options.spacePx;
    if (left[i]! < minX) minX = left[i]!;
    if (right[i]! - options.spacePx > maxX) maxX = right[i]! - options.spacePx;
    byScale[ix.scaleIdx[i]!]!.push(i);
  }
  const row = new Int32Array(n);
  const laneY: LaneBand[] = [];
  const laneRows = new Map<string, number>();
  const laneEvents = new Map<string, number>();
  const placements = new Map<string, Placement>();
  const positions = new Float64Array(2 * n);
  let y = 0;
  scales.forEach((scale, s) => {
    const members = byScale[s]!;
    const stay: number[] = [];
    const move: number[] = [];
    let stayedInLane = 0;
    for (const i of members) {
      const was = memory?.placements.get(ix.events[i]!.id);
      if (was && was.scale === scale.id) stayedInLane++;
      if (was && was.scale === scale.id && was.left === left[i] && was.right === right[i]) {
        row[i] = was.row;
        stay.push(i);
      } else move.push(i);
    }
    // Mostly new (a fresh or rebuilt layout, a bulk change): pack tightly instead.
    const used = move.length * 2 > members.length ? packRows(members, left, right, row) : packRowsAround(stay, move, left, right, row);
    const gone = (memory?.laneEvents.get(scale.id) ?? 0) - stayedInLane;
    const rows = rowsKept(used, memory?.laneRows.get(scale.id) ?? 0, gone);
    const height = options.headerPx + rows * options.rowPx;
    for (const i of members) {
      positions[2 * i] = x[i]!;
      positions[2 * i + 1] = y + options.headerPx + row[i]! * options.rowPx + options.rowPx / 2;
      placements.set(ix.events[i]!.id, { scale: scale.id, row: row[i]!, left: left[i]!, right: right[i]! });
    }
    laneRows.set(scale.id, rows);
    laneEvents.set(scale.id, members.length);
    laneY.push({ scale: scale.id, y, height, rows });
    y += height + options.gapPx;
  });
  const weights = weightedDegree(ix);
  let maxWeight = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > maxWeight) maxWeight = weights[i]!;
  const width = n > 0 ? maxX - minX : options.nodePx;
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
    memory: { axis, unit, spread, placements, laneRows, laneEvents },
  };
}
