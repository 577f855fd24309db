import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSegment } from './segment-clip';

const box = { x1: 0, y1: 0, x2: 20, y2: 10 };

describe('the part of a link the canvas shows', () => {
  it('keeps a segment inside the box whole', () => {
    expect(clipSegment(2, 2, 18, 8, box)).toEqual([0, 1]);
  });

  it('cuts a segment running through the box where it enters and leaves', () => {
    expect(clipSegment(-10, 5, 30, 5, box)).toEqual([0.25, 0.75]);
    expect(clipSegment(5, -10, 5, 30, box)).toEqual([0.25, 0.5]);
    // The same segment drawn the other way round.
    expect(clipSegment(30, 5, -10, 5, box)).toEqual([0.25, 0.75]);
  });

  it('gives nothing for a segment that misses the box, even one whose bounding box meets it', () => {
    expect(clipSegment(-5, -5, -1, 20, box)).toBeNull();
    expect(clipSegment(21, 0, 30, 10, box)).toBeNull();
    // A diagonal past the corner: its bounding box covers the whole box.
    expect(clipSegment(-10, 5, 5, -10, box)).toBeNull();
  });

  it('keeps a segment lying on an edge of the box', () => {
    expect(clipSegment(-10, 0, 30, 0, box)).toEqual([0.25, 0.75]);
  });

  it('cuts any segment to exactly the points inside the box', () => {
    const coordinate = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (x0, y0, x1, y1) => {
        const at = (t: number) => ({ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t });
        const inside = (t: number, slack: number) => {
          const p = at(t);
          return p.x >= box.x1 - slack && p.x <= box.x2 + slack && p.y >= box.y1 - slack && p.y <= box.y2 + slack;
        };
        const part = clipSegment(x0, y0, x1, y1, box);
        const samples = Array.from({ length: 101 }, (_, i) => i / 100);
        if (part === null) return samples.every((t) => !inside(t, -1e-9));
        const [t0, t1] = part;
        // Everything kept is inside; everything cut off is outside.
        return 0 <= t0 && t0 <= t1 && t1 <= 1 && samples.every((t) => (t >= t0 && t <= t1 ? inside(t, 1e-9) : !inside(t, -1e-9)));
      }),
    );
  });
});
