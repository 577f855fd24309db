import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout, type TimeAxis } from '../../state';

/**
 * The lanes in proportional time: x follows story time linearly over the same width as
 * the compressed axis (an hour is an hour everywhere, so a saga's years dwarf a night's
 * scenes). Rows and lanes stay as the compressed layout packed them: labels may then
 * crowd in busy stretches, which is what this view is for showing.
 */
export function proportionalLanes(lanes: LaneLayout, story: Pick<Story, 'events'>): LaneLayout {
  const { axis } = lanes;
  const k = axis.times.length;
  if (k < 2) return lanes;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of story.events) {
    t0 = Math.min(t0, e.time);
    t1 = Math.max(t1, e.time + Math.max(0, e.duration));
  }
  if (!(t1 > t0)) return lanes;
  const x0 = timeToX(axis, t0);
  const x1 = timeToX(axis, t1);
  const linear: TimeAxis = { times: Float64Array.from([t0, t1]), xs: Float64Array.from([x0, x1]), slope: (x1 - x0) / (t1 - t0), breaks: new Int32Array(0) };
  const timeOf = new Map(story.events.map((e) => [e.id, e.time]));
  const positions = Float64Array.from(lanes.positions);
  lanes.eventIds.forEach((id, i) => {
    const t = timeOf.get(id);
    if (t !== undefined) positions[2 * i] = timeToX(linear, t);
  });
  return { ...lanes, axis: linear, positions, timeScale: linear.slope };
}
