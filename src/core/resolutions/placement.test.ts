import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../analysis/story-index';
import { storyOf } from '../testing/story-builder';
import { IdAllocator, blockPosition, midpoint, nudgeDown, nudgeUp } from './placement';

describe('placing new events on the timeline', () => {
  const ix = buildStoryIndex(
    storyOf({
      events: [
        { id: 'late', time: 9 },
        { id: 'p', time: 3 },
        { id: 'q', time: 3 },
        { id: 'r', time: 5 },
      ],
    }),
  );

  it('inserts a tie with both neighbours between them in the file', () => {
    expect(blockPosition(ix, 1, 2, [3])).toBe(2);
  });

  it('inserts a tie with the earlier event right after it', () => {
    expect(blockPosition(ix, 2, 3, [3])).toBe(3);
  });

  it('inserts a tie with the later event right before it, even when that is earlier in the file', () => {
    expect(blockPosition(ix, 3, 0, [9])).toBe(0);
  });

  it('finds the midpoint of huge times without overflowing', () => {
    expect(midpoint(-1.5e308, 1.5e308)).toBe(0);
    expect(midpoint(2, 4)).toBe(3);
  });
});

describe('numeric nudges', () => {
  it('lowers a value until the strict comparison holds', () => {
    const v = nudgeDown(0.02 + 0.24, (x) => !(x - 0.02 > 0.24));
    expect(v - 0.02 > 0.24).toBe(false);
    expect(v).toBeCloseTo(0.26, 12);
  });

  it('raises a value until the strict comparison holds, never past the bound', () => {
    const v = nudgeUp(0.9 - 0.4, (x) => !(0.9 - x > 0.4), 1);
    expect(0.9 - v > 0.4).toBe(false);
    expect(nudgeUp(0.5, () => false, 0.5)).toBe(0.5);
  });
});

describe('IdAllocator', () => {
  it('counts up from 2 when the base id is taken', () => {
    const ids = new IdAllocator(['a-bridge', 'a-bridge-2']);
    expect(ids.take('a-bridge')).toBe('a-bridge-3');
    expect(ids.take('a-bridge')).toBe('a-bridge-4');
    expect(ids.take('b-bridge')).toBe('b-bridge');
  });
});
