import { describe, expect, it } from 'vitest';
import type { LaneLayout } from '../../state';
import { laneMapsTracker } from './node-positions';

function layout(key: string, ids: string[], xs: number[]): LaneLayout {
  return {
    eventIds: ids,
    eventIdsKey: key,
    positions: Float64Array.from(xs.flatMap((x) => [x, 10])),
    weights: Float64Array.from(ids.map(() => 1)),
    maxWeight: 1,
  } as unknown as LaneLayout;
}

describe('lane positions across layouts', () => {
  it('carries the maps over a layout of the same events, with what moved', () => {
    const track = laneMapsTracker();
    track(layout('k1', ['storm', 'calm'], [0, 40]));
    const maps = track(layout('k1', ['storm', 'calm'], [0, 80]));
    expect(maps.positions.get('calm')).toEqual({ x: 80, y: 10 });
    expect(maps.positions.get('storm')).toEqual({ x: 0, y: 10 });
  });

  it('names what moved since the last layout, and keeps a column in which nothing changed', () => {
    const track = laneMapsTracker();
    const first = track(layout('k1', ['storm', 'calm', 'dawn'], [0, 40, 90]));
    const second = track(layout('k1', ['storm', 'calm', 'dawn'], [0, 45, 90]));
    expect([...second.positions.changedSince(first.positions)!]).toEqual(['calm']);
    // Every weight the same: the canvas finds the weights map unchanged and looks at no event for it.
    expect(second.weights).toBe(first.weights);
    const third = track(layout('k1', ['storm', 'calm', 'dawn'], [0, 45, 90]));
    expect(third.positions).toBe(second.positions);
    // Columns of another id list cannot be compared: the canvas then looks at every event.
    const other = track(layout('k2', ['storm', 'calm', 'dawn'], [0, 45, 90]));
    expect(other.positions.changedSince(third.positions)).toBeUndefined();
    expect([...other.positions]).toEqual([
      ['storm', { x: 0, y: 10 }],
      ['calm', { x: 45, y: 10 }],
      ['dawn', { x: 90, y: 10 }],
    ]);
  });

  it('builds the maps afresh for a layout of other events, even as many of them', () => {
    const track = laneMapsTracker();
    track(layout('k1', ['storm', 'calm'], [0, 40]));
    // An event replaced by another: same count, a new key from the worker.
    const maps = track(layout('k2', ['storm', 'dawn'], [0, 40]));
    expect(maps.positions.get('dawn')).toEqual({ x: 40, y: 10 });
    expect(maps.positions.get('calm')).toBeUndefined();
    expect(maps.positions.size).toBe(2);
  });

  it('names only the added or dropped event when a layout has one more or one fewer at the end (Add event, Undo)', () => {
    const track = laneMapsTracker();
    const first = track(layout('k1', ['storm', 'calm'], [0, 40]));
    const added = track(layout('k2', ['storm', 'calm', 'dawn'], [0, 40, 90]));
    expect([...added.positions.changedSince(first.positions)!]).toEqual(['dawn']);
    expect(added.positions.get('dawn')).toEqual({ x: 90, y: 10 });
    expect(added.positions.size).toBe(3);
    const undone = track(layout('k1', ['storm', 'calm'], [0, 45]));
    expect([...undone.positions.changedSince(added.positions)!].sort()).toEqual(['calm', 'dawn']);
    expect(undone.positions.get('dawn')).toBeUndefined();
    expect(undone.positions.has('dawn')).toBe(false);
    expect([...undone.positions.keys()]).toEqual(['storm', 'calm']);
    // Another event where the dropped one was: the older maps still answer for themselves.
    const other = track(layout('k3', ['storm', 'calm', 'dusk'], [0, 45, 70]));
    expect(other.positions.get('dusk')).toEqual({ x: 70, y: 10 });
    expect(added.positions.get('dawn')).toEqual({ x: 90, y: 10 });
    expect(added.positions.get('dusk')).toBeUndefined();
    expect(first.positions.get('calm')).toEqual({ x: 40, y: 10 });
  });
});
