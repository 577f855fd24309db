import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../core/analysis/story-index';
import { storyOf } from '../core/testing/story-builder';
import type { Story } from '../core/model/story';
import { computeLaneLayout, DEFAULT_LANE_OPTIONS, layoutLanes, type LaneMemory } from './lane-layout';
import { timeToX, xToTime } from './time-axis';

function layoutOf(sketch: Parameters<typeof storyOf>[0]) {
  const story = storyOf(sketch);
  const layout = computeLaneLayout(buildStoryIndex(story));
  const at = (id: string): { x: number; y: number } => {
    const i = story.events.findIndex((e) => e.id === id);
    return { x: layout.positions[2 * i]!, y: layout.positions[2 * i + 1]! };
  };
  return { story, layout, at };
}

describe('the lanes layout', () => {
  it('puts each scale in its own lane, finest on top', () => {
    const { layout, at } = layoutOf({
      events: [
        { id: 'saga', scale: 'saga', time: 0 },
        { id: 'scene', scale: 'scene', time: 0 },
        { id: 'arc', scale: 'arc', time: 0 },
      ],
    });
    expect(layout.laneY.map((l) => l.scale)).toEqual(['scene', 'arc', 'world', 'saga']);
    expect(at('scene').y).toBeLessThan(at('arc').y);
    expect(at('arc').y).toBeLessThan(at('saga').y);
    for (const [id, lane] of [['scene', 0], ['arc', 1], ['saga', 3]] as const) {
      const band = layout.laneY[lane]!;
      expect(at(id).y).toBeGreaterThan(band.y);
      expect(at(id).y).toBeLessThan(band.y + band.height);
    }
  });

  it('orders events by story time along x, on the shared time axis', () => {
    const { layout, at } = layoutOf({
      events: [
        { id: 'late', time: 30 },
        { id: 'early', time: 2 },
        { id: 'arc', scale: 'arc', time: 10 },
      ],
    });
    expect(at('early').x).toBeLessThan(at('arc').x);
    expect(at('arc').x).toBeLessThan(at('late').x);
    expect(at('arc').x).toBe(timeToX(layout.axis, 10));
  });

  it('stacks events of one lane that would overlap, and only those', () => {
    const { layout, at } = layoutOf({
      events: [
        { id: 'a', time: 5 },
        { id: 'b', time: 5 },
        { id: 'c', time: 5 },
        { id: 'long', time: 0, duration: 100 },
        { id: 'alone', scale: 'arc', time: 5 },
      ],
    });
    const ys = new Set(['a', 'b', 'c', 'long'].map((id) => at(id).y));
    expect(ys.size).toBe(4);
    expect(layout.laneY[0]!.rows).toBe(4);
    expect(layout.laneY[1]!.rows).toBe(1);
    expect(layout.laneY[1]!.height).toBe(DEFAULT_LANE_OPTIONS.headerPx + DEFAULT_LANE_OPTIONS.rowPx);
  });

  it('reuses the top row once an earlier event has ended', () => {
    const { at } = layoutOf({
      events: [
        { id: 'first', time: 0 },
        { id: 'overlapping', time: 0 },
        { id: 'much later', time: 500 },
      ],
    });
    expect(at('much later').y).toBe(at('first').y);
    expect(at('overlapping').y).toBeGreaterThan(at('first').y);
  });

  it('weighs each event by the strength of its links in both directions', () => {
    const { layout, story } = layoutOf({
      events: [{ id: 'hub' }, { id: 'x' }, { id: 'y' }],
      links: [
        { from: 'hub', to: 'x', strength: 0.25 },
        { from: 'y', to: 'hub', strength: 0.5 },
      ],
    });
    const w = (id: string): number => layout.weights[story.events.findIndex((e) => e.id === id)]!;
    expect(w('hub')).toBe(0.75);
    expect(w('x')).toBe(0.25);
    expect(layout.maxWeight).toBe(0.75);
  });

  // The time is printed by the benchmarks, not asserted; a quadratic slip would trip the timeout.
  it('lays out 20,000 events, every one placed', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, scale: ['scene', 'arc', 'world', 'saga'][i % 4]!, time: (i * 7919) % 5000 }));
    const { layout } = layoutOf({ events });
    expect(layout.positions.length).toBe(40_000);
  });
});

describe('the lanes layout of an open story, edit after edit', () => {
  const base = storyOf({
    events: [
      { id: 'a', time: 0 },
      { id: 'b', time: 10 },
      { id: 'c', time: 10 },
      { id: 'd', time: 20 },
      { id: 'e', time: 30 },
      { id: 'f', time: 40, scale: 'arc' },
      { id: 'g', time: 50 },
    ],
  });

  function placed(story: Story, memory?: LaneMemory) {
    const { layout, memory: next } = layoutLanes(buildStoryIndex(story), memory);
    const at = new Map(story.events.map((e, i) => [e.id, { x: layout.positions[2 * i]!, y: layout.positions[2 * i + 1]! }]));
    return { layout, memory: next, at };
  }

  /** Ids whose position differs between two layouts (ids in both). */
  function moved(a: Map<string, { x: number; y: number }>, b: Map<string, { x: number; y: number }>): string[] {
    return [...a.keys()].filter((id) => b.has(id) && (a.get(id)!.x !== b.get(id)!.x || a.get(id)!.y !== b.get(id)!.y));
  }

  const withEvents = (s: Story, events: Story['events']): Story => ({ ...s, events });
  const at = (s: Story, id: string, time: number): Story => withEvents(s, s.events.map((e) => (e.id === id ? { ...e, time } : e)));

  it('without an earlier layout, is the fresh layout', () => {
    const fresh = computeLaneLayout(buildStoryIndex(base));
    expect(Array.from(placed(base).layout.positions)).toEqual(Array.from(fresh.positions));
  });

  it('places an inserted event without moving any other, also at a time no event had', () => {
    const before = placed(base);
    // Spots with a free row (a busy spot needs a new row: see below).
    for (const time of [35, 45, 60, -5]) {
      const inserted = withEvents(base, [...base.events.slice(0, 3), { ...base.events[0]!, id: 'new', time }, ...base.events.slice(3)]);
      const after = placed(inserted, before.memory);
      expect(moved(before.at, after.at)).toEqual([]);
      expect(after.at.get('new')!.x).toBeCloseTo(timeToX(after.layout.axis, time), 9);
    }
  });

  it('moves only the event whose time changed, wherever it goes', () => {
    const before = placed(base);
    for (const time of [35, 0, 100, -20]) {
      const after = placed(at(base, 'b', time), before.memory);
      expect(moved(before.at, after.at)).toEqual(['b']);
    }
  });

  it('moves nothing else when an event is deleted, and its lane keeps its height', () => {
    const before = placed(base);
    const after = placed(withEvents(base, base.events.filter((e) => e.id !== 'c')), before.memory);
    expect(moved(before.at, after.at)).toEqual([]);
    expect(after.layout.laneY.map((b) => [b.y, b.height])).toEqual(before.layout.laneY.map((b) => [b.y, b.height]));
  });

  it('gives back the rows a bulk change added once its events are gone again (Accept all, then Undo)', () => {
    const before = placed(base);
    // Six events at the busy time 10 need rows of their own.
    const crowd = Array.from({ length: 6 }, (_, k) => ({ ...base.events[0]!, id: `fix${k}`, time: 10 }));
    const grown = placed(withEvents(base, [...base.events, ...crowd]), before.memory);
    expect(grown.layout.laneY[0]!.rows).toBeGreaterThanOrEqual(before.layout.laneY[0]!.rows + 6);
    const undone = placed(base, grown.memory);
    expect(undone.layout.laneY.map((b) => [b.y, b.height, b.rows])).toEqual(before.layout.laneY.map((b) => [b.y, b.height, b.rows]));
    expect(moved(before.at, undone.at)).toEqual([]);
  });

  it('stacks an event landing on a busy spot into a free row, leaving the others where they are', () => {
    const before = placed(base);
    const after = placed(at(base, 'e', 50), before.memory);
    expect(moved(before.at, after.at)).toEqual(['e']);
    expect(after.at.get('e')!.y).not.toBe(after.at.get('g')!.y);
    expect(after.at.get('e')!.x).toBe(after.at.get('g')!.x);
  });

  it('gives a lane another row when it needs one, which moves the lanes below as a whole', () => {
    const before = placed(base);
    // b and c share time 10, and every row is busy there (a, d and their labels reach over it): e there needs a new row.
    const after = placed(at(base, 'e', 10), before.memory);
    const scene = after.layout.laneY[0]!;
    expect(scene.rows).toBe(before.layout.laneY[0]!.rows + 1);
    expect(moved(before.at, after.at).sort()).toEqual(['e', 'f']);
    expect(after.at.get('f')!.y - before.at.get('f')!.y).toBe(DEFAULT_LANE_OPTIONS.rowPx);
  });

  it('gives back the row an event needed once that event is deleted, and moves the lanes below back', () => {
    const before = placed(base);
    const crowded = placed(at(base, 'e', 10), before.memory);
    const deleted = placed(withEvents(base, base.events.filter((e) => e.id !== 'e')), crowded.memory);
    expect(deleted.layout.laneY.map((b) => [b.y, b.height])).toEqual(before.layout.laneY.map((b) => [b.y, b.height]));
    expect(deleted.at.get('f')).toEqual(before.at.get('f'));
  });

  it('keeps the rows of a lane while an event moves along it, so the lanes below stay put', () => {
    const before = placed(base);
    const crowded = placed(at(base, 'e', 10), before.memory);
    // Dragged on from the busy spot to a free one: its extra row falls empty but stays.
    const draggedOn = placed(at(base, 'e', 35), crowded.memory);
    expect(draggedOn.layout.laneY.map((b) => [b.y, b.height])).toEqual(crowded.layout.laneY.map((b) => [b.y, b.height]));
    expect(moved(crowded.at, draggedOn.at)).toEqual(['e']);
  });

  it('lays out afresh once many new times crowd between the old ones', () => {
    let memory = placed(base).memory;
    let story = base;
    const axes = new Set([memory.axis]);
    for (let k = 0; k < 40; k++) {
      story = withEvents(story, [...story.events, { ...base.events[0]!, id: `n${k}`, time: 0.1 + k * 0.7 }]);
      memory = placed(story, memory).memory;
      axes.add(memory.axis);
    }
    // The axis was extended or kept for a while, then rebuilt at least once, never on every edit.
    expect(axes.size).toBeGreaterThan(1);
    expect(axes.size).toBeLessThan(20);
    // Whatever the axis went through, every event sits exactly at its time (a drag maps back to it).
    const last = placed(story, memory);
    for (const e of story.events) expect(xToTime(last.layout.axis, last.at.get(e.id)!.x)).toBeCloseTo(e.time, 9);
  });
});
