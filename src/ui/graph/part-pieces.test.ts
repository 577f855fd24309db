import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PixelRect } from './dirty-region';
import { partPieces } from './part-pieces';

const rect: fc.Arbitrary<PixelRect> = fc.record({
  x: fc.integer({ min: 0, max: 1400 }),
  y: fc.integer({ min: 0, max: 900 }),
  w: fc.integer({ min: 1, max: 60 }),
  h: fc.integer({ min: 1, max: 60 }),
});

const key = (r: PixelRect): string => `${r.x},${r.y},${r.w},${r.h}`;
const sortedKeys = (rects: readonly PixelRect[]): string[] => rects.map(key).sort();

/** A band of `count` small rectangles along a line, as a moved link's pixels are. */
function band(x0: number, y0: number, dx: number, dy: number, count: number): PixelRect[] {
  return Array.from({ length: count }, (_, i) => ({ x: x0 + dx * i, y: y0 + dy * i, w: 40, h: 40 }));
}

describe('a part drawn in pieces', () => {
  it('draws every rectangle of the part, in as few frames as the limit allows, none over it', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (rects, most) => {
        const pieces = partPieces(rects, most);
        // A rectangle left out would leave what was there before the edit on the canvas.
        expect(sortedKeys(pieces.flat())).toEqual(sortedKeys(rects));
        expect(pieces.length).toBe(Math.max(1, Math.ceil(rects.length / most)));
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(most);
      }),
    );
  });

  it('is one piece when the part is small enough', () => {
    const rects = band(100, 100, 30, 10, 12);
    expect(partPieces(rects, 40)).toEqual([rects]);
  });

  it('keeps rectangles that are close together in one piece', () => {
    // Two moved links' bands at opposite corners of the canvas, 30 rectangles each, listed interleaved.
    const left = band(0, 0, 20, 15, 30);
    const right = band(1000, 500, 12, 10, 30);
    const mixed = left.flatMap((r, i) => [r, right[i]!]);
    const pieces = partPieces(mixed, 30);
    expect(pieces.map(sortedKeys).sort()).toEqual([sortedKeys(left), sortedKeys(right)].sort());
  });
});
