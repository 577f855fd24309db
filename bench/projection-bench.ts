/**
 * The canvas projection after a time edit (`npm run bench:projection [events...]`, default 5,000
 * and 20,000 dense events). On the compressed time axis a time edit can move every later event:
 * here half the events move by a few pixels and back, as the lanes layout reports them, and each
 * step is timed through what the studio's graph runs on the main thread for it: the lane maps
 * (laneMapsTracker) and the projection onto Cytoscape elements (incrementalProjector). Also
 * timed: an edit that moves one event, and the first projection (every element built, as when a story opens). Target: the main thread has no task over 50 ms after an
 * edit (issue 11); this is one part of such a task.
 */
import { analyzeStory } from '../src/core/analysis/analyze';
import { loadStory } from '../src/core/story/load-story';
import type { LaneLayout } from '../src/state';
import { conflictMarks } from '../src/ui/graph/conflict-marks';
import { laneMapsTracker } from '../src/ui/graph/node-positions';
import { incrementalProjector } from '../src/ui/graph/project-elements';
import { generateStory } from './generate-story';
import { median } from './timing';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const STEPS = 30;

/** The parts of a lanes layout the canvas maps: ids, positions and weights in one order. */
function layout(ids: readonly string[], shiftFrom: number, dx: number, movedOne: number | null): LaneLayout {
  const xy = new Float64Array(2 * ids.length);
  const w = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    xy[2 * i] = i * 5 + (i >= shiftFrom ? dx : 0) + (i === movedOne ? 3 : 0);
    xy[2 * i + 1] = (i % 40) * 64;
    w[i] = (i * 7) % 13;
  }
  return { eventIds: ids, positions: xy, weights: w, maxWeight: 12 } as unknown as LaneLayout;
}

function measure(events: number): { first: number; shift: number; shiftWorst: number; one: number; moved: number } {
  const loaded = loadStory(generateStory({ events, density: 'dense', seed: 7 }));
  if (!loaded.ok) throw new Error('the generated story does not load');
  const story = loaded.story;
  const marks = conflictMarks(analyzeStory(story).conflicts);
  const ids = story.events.map((e) => e.id);
  const fallback = (i: number) => ({ x: i, y: 0 });
  const maps = laneMapsTracker();
  const project = incrementalProjector();
  const step = (lanes: LaneLayout): number => {
    const started = performance.now();
    const m = maps(lanes);
    const p = project({ story, marks, positions: m.positions, weights: m.weights, maxWeight: m.maxWeight, fallback });
    const ms = performance.now() - started;
    moved = p.changes?.ids.length ?? 0;
    return ms;
  };
  let moved = 0;
  // The first projection of the story: every element built (what opening a story waits for before its lanes show).
  const first = step(layout(ids, 0, 0, null));
  const shift: number[] = [];
  for (let k = 1; k <= STEPS; k++) shift.push(step(layout(ids, events / 2, k % 2 === 1 ? 7 : 0, null)));
  const movedByShift = moved;
  const one: number[] = [];
  for (let k = 1; k <= STEPS; k++) one.push(step(layout(ids, events / 2, 0, k % 2 === 1 ? Math.floor(events / 3) : null)));
  return { first, shift: median(shift), shiftWorst: Math.max(...shift), one: median(one), moved: movedByShift };
}

const round = (v: number): number => Math.round(v * 10) / 10;
console.table(
  (SIZES.length > 0 ? SIZES : [5000, 20000]).map((n) => {
    const r = measure(n);
    return { events: n, 'first projection ms': round(r.first), 'half the events moved: ms median': round(r.shift), worst: round(r.shiftWorst), 'elements changed': r.moved, 'one event moved: ms median': round(r.one) };
  }),
);
