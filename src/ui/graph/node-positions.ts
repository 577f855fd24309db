import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout } from '../../state';
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

/** Positions of the lanes layout by event id (the layout may belong to an older revision: ids keep it usable). */
export function lanePositions(lanes: LaneLayout): Map<string, Point> {
  const out = new Map<string, Point>();
  lanes.eventIds.forEach((id, i) => out.set(id, { x: lanes.positions[2 * i]!, y: lanes.positions[2 * i + 1]! }));
  return out;
}

/** Weighted degree by event id. */
export function laneWeights(lanes: LaneLayout): Map<string, number> {
  const out = new Map<string, number>();
  lanes.eventIds.forEach((id, i) => out.set(id, lanes.weights[i]!));
  return out;
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
