import { describe, expect, it } from 'vitest';
import { addedLane } from './reveal-added-lane';

const scene = { scale: 'scene', y: 0, height: 100 };
const arc = { scale: 'arc', y: 100, height: 80 };
const epoch = { scale: 'epoch', y: 180, height: 60 };

describe('the lane just added', () => {
  it('is the one new scale when every lane before is still there', () => {
    expect(addedLane([scene, arc], [scene, arc, epoch])).toEqual(epoch);
  });

  it('is none when a story opens (no lanes before), a lane goes, or a scale is renamed', () => {
    expect(addedLane([], [scene, arc])).toBeUndefined();
    expect(addedLane([scene, arc], [scene])).toBeUndefined();
    expect(addedLane([scene, arc], [scene, { ...arc, scale: 'chapter' }, epoch])).toBeUndefined();
    expect(addedLane([scene, arc], [scene, arc])).toBeUndefined();
  });
});
