import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout, type TimeAxis } from '../../state';

/** The time span the story's events (with their durations) cover, or null when it is a single instant. */
function storySpan(story: Pick<Story, 'events'>): { t0: number; t1: number } | null {
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of story.events) {
    t0 = Math.min(t0, e.time);
    t1 = Math.max(t1, e.time + Math.max(0, e.duration));
  }
  return t1 > t0 ? { t0, t1 } : null;
}

/** A line through time: x = x + slope · (time − t), over [from, to]. */
export interface TimeLine {
  readonly t: number;
  readonly x: number;
  readonly slope: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The lanes in proportional time: x follows story time linearly over the same width as
 * the compressed axis (an hour is an hour everywhere, so a saga's years dwarf a night's
 * scenes). Rows and lanes stay as the compressed layout packed them: labels may then
 * crowd in busy stretches, which is what this view is for showing.
 */
export function proportionalLanes(lanes: LaneLayout, story: Pick<Story, 'events'>): LaneLayout {
  return proportionalLayout(lanes, story).lanes;
}

/**
 * proportionalLanes, and the line it used (null: the layout is returned as it was).
 * `previous`: the line of the layout shown before. It is kept while
 * every event lies on it, and drawn on along the same slope when one falls outside, so
 * an edit moves only the events whose times changed (each x is computed from the same
 * anchor, so theirs are the same numbers). Fitting the line to the new span instead moved
 * every event by a fraction of a pixel whenever the first or last time changed, and
 * Cytoscape then recomputed the edges and labels of the whole canvas before its next
 * frame (0.6 s at 5,000 events, 3 s at 20,000, docs/BENCHMARKS.md).
 */
export function proportionalLayout(lanes: LaneLayout, story: Pick<Story, 'events'>, previous?: TimeLine): { lanes: LaneLayout; line: TimeLine | null } {
  const { axis } = lanes;
  if (axis.times.length < 2) return { lanes, line: null };
  const span = storySpan(story);
  if (!span) return { lanes, line: null };
  // The compressed axis of an open story keeps the x of every time it has placed (stable-axis.ts); where
  // the line's anchor moved, this is another story or a rebuilt axis, and the line starts afresh.
  const line = previous && timeToX(axis, previous.t) === previous.x ? cover(previous, span) : lineOver(axis, span);
  const xOf = (time: number): number => line.x + line.slope * (time - line.t);
  const timeOf = new Map(story.events.map((e) => [e.id, e.time]));
  const positions = Float64Array.from(lanes.positions);
  lanes.eventIds.forEach((id, i) => {
    const t = timeOf.get(id);
    if (t !== undefined) positions[2 * i] = xOf(t);
  });
  const linear: TimeAxis = { times: Float64Array.from([line.from, line.to]), xs: Float64Array.from([xOf(line.from), xOf(line.to)]), slope: line.slope, breaks: new Int32Array(0) };
  return { lanes: { ...lanes, axis: linear, positions, timeScale: line.slope }, line };
}

/** The line from the compressed axis's x at the span's start to its x at the span's end. */
function lineOver(axis: TimeAxis, { t0, t1 }: { t0: number; t1: number }): TimeLine {
  const x0 = timeToX(axis, t0);
  const x1 = timeToX(axis, t1);
  return { t: t0, x: x0, slope: (x1 - x0) / (t1 - t0), from: t0, to: t1 };
}

/** `line` itself when it covers the span, else the same line over the span as well. */
function cover(line: TimeLine, { t0, t1 }: { t0: number; t1: number }): TimeLine {
  if (t0 >= line.from && t1 <= line.to) return line;
  return { ...line, from: Math.min(line.from, t0), to: Math.max(line.to, t1) };
}

/**
 * proportionalLanes kept across layouts: each call goes on from the line the one before
 * used, so edits leave the other events where they were. Make a new one when the view
 * comes back to proportional time (a fresh fit).
 */
export function proportionalTracker(): (lanes: LaneLayout, story: Pick<Story, 'events'>) => LaneLayout {
  let last: TimeLine | null = null;
  return (lanes, story) => {
    const result = proportionalLayout(lanes, story, last ?? undefined);
    last = result.line;
    return result.lanes;
  };
}
