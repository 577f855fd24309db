import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../core/analysis/story-index';
import { storyOf } from '../core/testing/story-builder';
import { computeLaneLayout, DEFAULT_LANE_OPTIONS } from './lane-layout';
import { timeToX } from './time-axis';

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

  it('lays out 20,000 events quickly', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, scale: ['scene', 'arc', 'world', 'saga'][i % 4]!, time: (i * 7919) % 5000 }));
    const started = performance.now();
    const { layout } = layoutOf({ events });
    expect(layout.positions.length).toBe(40_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
