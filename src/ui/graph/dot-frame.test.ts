import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DotFrame, type PixelBox } from './dot-frame';

const W = 12;
const H = 9;

/** A dot as the overview places it: a device-pixel box, colour, opacity (0: not painted). */
type Dot = readonly [x0: number, y0: number, side: number, r: number, g: number, b: number, alpha: number];

const frameOf = (): DotFrame => new DotFrame({ data: new Uint8ClampedArray(W * H * 4), width: W, height: H });

function paint(frame: DotFrame, list: object, dots: readonly Dot[], view: readonly number[] = [1]): PixelBox | null {
  return frame.paint(list, view, dots.length, (i, out) => {
    const [x0, y0, side, r, g, b, alpha] = dots[i]!;
    if (alpha === 0) return false;
    out.set([x0, y0, x0 + side, y0 + side, r, g, b, alpha]);
    return true;
  });
}

/** The pixels a frame that had painted nothing before gives for these dots. */
function fresh(dots: readonly Dot[]): number[] {
  const frame = frameOf();
  paint(frame, {}, dots);
  return [...frame.pixels.data];
}

const coord = (max: number) => fc.double({ min: -2, max, noNaN: true });
const dot: fc.Arbitrary<Dot> = fc.tuple(
  coord(W),
  coord(H),
  fc.double({ min: 0.2, max: 3, noNaN: true }),
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(0, 0.3, 0.6, 1),
);

describe('the overview frame painted again only where dots changed', () => {
  it('gives the pixels of a full painting after any dots moved, changed colour, came or went', () => {
    fc.assert(
      fc.property(
        fc.array(dot, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), dot), { maxLength: 12 }),
        (dots, changes) => {
          const frame = frameOf();
          const list = {};
          paint(frame, list, dots);
          const before = [...frame.pixels.data];
          const next = [...dots];
          for (const [at, d] of changes) next[at % next.length] = d;
          const box = paint(frame, list, next);
          const after = [...frame.pixels.data];
          expect(after).toEqual(fresh(next));
          // What lies outside the box it returns is what the canvas already shows.
          for (let p = 0; p < W * H; p++) {
            const [x, y] = [p % W, Math.floor(p / W)];
            const inside = box !== null && x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
            if (!inside) expect(after.slice(4 * p, 4 * p + 4)).toEqual(before.slice(4 * p, 4 * p + 4));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says nothing changed when no dot did, and paints all again for another view or another list of dots', () => {
    const dots: Dot[] = [
      [1, 1, 2, 200, 0, 0, 1],
      [2, 2, 2, 0, 0, 200, 0.6],
    ];
    const frame = frameOf();
    const list = {};
    expect(paint(frame, list, dots)).toEqual({ x: 0, y: 0, width: W, height: H });
    expect(paint(frame, list, dots)).toBeNull();
    // One dot moved: only its old and new pixels.
    const moved: Dot[] = [dots[0]!, [6, 5, 1, 0, 0, 200, 0.6]];
    expect(paint(frame, list, moved)).toEqual({ x: 2, y: 2, width: 5, height: 4 });
    expect([...frame.pixels.data]).toEqual(fresh(moved));
    expect(paint(frame, list, moved, [2])).toEqual({ x: 0, y: 0, width: W, height: H });
    expect(paint(frame, {}, moved, [2])).toEqual({ x: 0, y: 0, width: W, height: H });
    expect([...frame.pixels.data]).toEqual(fresh(moved));
  });
});
