import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout } from '../../state';
import { LayeredMap } from './layered-map';
import type { Point } from './project-elements';

/** Where nodes go: by event id, plus a guess for events the layout has not seen yet. */
export interface NodePlacement {
  readonly positions: ReadonlyMap<string, Point>;
  readonly weights: ReadonlyMap<string, number>;
  readonly fallback: (eventIndex: number) => Point;
}

/** Header room and row height of the worker's lane layout: a new event's first-row centre until the layout answers. */
const LANE_HEADER = 36;
const ROW = 64;

/** Positions and weighted degrees of a lanes layout by event id, and its largest weight. */
export interface LaneMaps {
  readonly positions: LayeredMap<string, Point>;
  readonly weights: LayeredMap<string, number>;
  readonly maxWeight: number;
}

/** Beyond this share of the events changed, a layout's map is built anew rather than layered over the last. */
const MANY_CHANGED = 1 / 4;

function positionsOf(ids: readonly string[], xy: Float64Array): LayeredMap<string, Point> {
  return LayeredMap.of(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }] as const));
}

function weightsOf(ids: readonly string[], w: Float64Array): LayeredMap<string, number> {
  return LayeredMap.of(ids.map((id, i) => [id, w[i]!] as const));
}

/**
 * The maps of successive lanes layouts. When a layout has the same events as the last one
 * (any edit that adds or removes none), its maps are the last ones with the few entries that
 * moved or were reweighed: the canvas then looks again at those events only
 * (LayeredMap.changedSince), where it looked at 20,000 after every edit of a large story.
 */
export function laneMapsTracker(): (lanes: LaneLayout) => LaneMaps {
  let last: { readonly lanes: LaneLayout; readonly maps: LaneMaps } | null = null;
  return (lanes) => {
    if (last?.lanes === lanes) return last.maps;
    const { eventIds: ids, positions: xy, weights: w, maxWeight } = lanes;
    let maps: LaneMaps;
    // The same key: the same events in the same order (the worker compared them, LaneLayout.eventIdsKey).
    if (last !== null && last.lanes.eventIdsKey === lanes.eventIdsKey) {
      const before = last.lanes;
      const moved = new Map<string, Point>();
      const reweighed = new Map<string, number>();
      for (let i = 0; i < ids.length; i++) {
        const x = xy[2 * i]!;
        const y = xy[2 * i + 1]!;
        if (x !== before.positions[2 * i] || y !== before.positions[2 * i + 1]) moved.set(ids[i]!, { x, y });
        if (w[i] !== before.weights[i]) reweighed.set(ids[i]!, w[i]!);
      }
      // A time edit on a compressed axis can move every later event: then a new map is quicker than a layer of all of them.
      const many = ids.length * MANY_CHANGED;
      maps = {
        positions: moved.size > many ? positionsOf(ids, xy) : last.maps.positions.with(moved),
        weights: reweighed.size > many ? weightsOf(ids, w) : last.maps.weights.with(reweighed),
        maxWeight,
      };
    } else {
      maps = { positions: positionsOf(ids, xy), weights: weightsOf(ids, w), maxWeight };
    }
    last = { lanes, maps };
    return maps;
  };
}

/** Positions of the layered layout by event id. */
export function layeredPositions(result: { readonly ids: readonly string[]; readonly positions: Float64Array }): Map<string, Point> {
  const out = new Map<string, Point>();
  result.ids.forEach((id, i) => out.set(id, { x: result.positions[2 * i]!, y: result.positions[2 * i + 1]! }));
  return out;
}

/** Places an event the layout does not know yet on its lane at its time, so it appears at once. */
export function laneFallback(story: Story, lanes: LaneLayout): (i: number) => Point {
  const bandOf = new Map(lanes.laneY.map((b) => [b.scale, b]));
  return (i) => {
    const e = story.events[i]!;
    const band = bandOf.get(e.scale);
    return { x: timeToX(lanes.axis, e.time), y: (band?.y ?? 0) + LANE_HEADER + ROW / 2 };
  };
}
