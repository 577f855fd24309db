import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout } from '../../state';
import { growingIndex, type GrowingIndex } from '../common/growing-index';
import { LaneColumn, sameNumbers } from './lane-column';
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
  readonly positions: LaneColumn<Point>;
  readonly weights: LaneColumn<number>;
  readonly maxWeight: number;
}

const readPoint = (xy: Float64Array, i: number): Point => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! });
const readNumber = (w: Float64Array, i: number): number => w[i]!;
const idOf = (id: string): string => id;

/**
 * The maps of successive lanes layouts, as views over each layout's arrays. When a layout has
 * the same events as the last one (any edit that adds or removes none), the views share the
 * last one's id index, and a column whose numbers are all the same is the last one's view
 * itself: the canvas then looks again only at the events that moved or were reweighed
 * (LaneColumn.changedSince), where it looked at 20,000 after every edit of a large story.
 */
export function laneMapsTracker(): (lanes: LaneLayout) => LaneMaps {
  let last: { readonly lanes: LaneLayout; readonly maps: LaneMaps; readonly index: GrowingIndex<string> } | null = null;
  return (lanes) => {
    if (last?.lanes === lanes) return last.maps;
    const { eventIds: ids, positions: xy, weights: w, maxWeight } = lanes;
    let maps: LaneMaps;
    let index: GrowingIndex<string>;
    // The same key: the same events in the same order (the worker compared them, LaneLayout.eventIdsKey).
    if (last !== null && last.lanes.eventIdsKey === lanes.eventIdsKey) {
      index = last.index;
      maps = {
        positions: sameNumbers(last.lanes.positions, xy) ? last.maps.positions : new LaneColumn(ids, index, xy, 2, readPoint),
        weights: sameNumbers(last.lanes.weights, w) ? last.maps.weights : new LaneColumn(ids, index, w, 1, readNumber),
        maxWeight,
      };
    } else {
      // Events added or dropped at the end (Add event, its Undo): the last id index grows or shrinks instead of being made again.
      index = growingIndex(ids, idOf, last?.index);
      maps = { positions: new LaneColumn(ids, index, xy, 2, readPoint), weights: new LaneColumn(ids, index, w, 1, readNumber), maxWeight };
    }
    last = { lanes, maps, index };
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
