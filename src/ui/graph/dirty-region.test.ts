import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CoveredCells, linePixels, MARGIN_PX, pixelsOf, sameView, type CanvasView, type PixelRect } from './dirty-region';
import { clipSegment } from './segment-clip';

// A 800 × 600 canvas at pixel ratio 2 (a 400 × 300 view), zoomed ×2 and panned by (10, 20) view pixels.
const view: CanvasView = { zoom: 2, panX: 10, panY: 20, pixelRatio: 2, width: 800, height: 600 };
// Model point → canvas pixel: (x × 2 + 10) × 2.
const px = (x: number): number => (x * 2 + 10) * 2;
const py = (y: number): number => (y * 2 + 20) * 2;
/** The share of the canvas the rectangles cover, as a frame drawn in part works it out. */
const coveredShare = (rects: readonly PixelRect[], v: CanvasView): number => new CoveredCells(rects, v).share;

describe('the pixels a change covers', () => {
  it('are the box in canvas pixels, widened by the margin to whole pixels', () => {
    const rect = pixelsOf({ x1: 10, y1: 10, x2: 20.1, y2: 15 }, view)!;
    expect(rect).toEqual({ x: px(10) - MARGIN_PX, y: py(10) - MARGIN_PX, w: Math.ceil(px(20.1)) + MARGIN_PX - (px(10) - MARGIN_PX), h: py(15) - py(10) + 2 * MARGIN_PX });
  });

  it('are cut to the canvas, and nothing when the box is off it or unmeasured', () => {
    expect(pixelsOf({ x1: -1000, y1: -1000, x2: 10, y2: 10 }, view)).toEqual({ x: 0, y: 0, w: px(10) + MARGIN_PX, h: py(10) + MARGIN_PX });
    expect(pixelsOf({ x1: 1000, y1: 0, x2: 1010, y2: 10 }, view)).toBeNull();
    expect(pixelsOf({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }, view)).toBeNull();
  });
});

describe('the pixels of a link', () => {
  it('are a band of small rectangles along a slanted line, far less than its box', () => {
    // Corner to corner of the canvas.
    const rects = linePixels(-5, -10, 195, 140, 1, view);
    expect(rects.length).toBeGreaterThan(10);
    for (const r of rects) expect(Math.max(r.w, r.h)).toBeLessThan(60);
    expect(coveredShare(rects, view)).toBeLessThan(0.3);
    // Every point along the line is in some rectangle.
    for (let t = 0; t <= 1; t += 0.01) {
      const x = px(-5 + 200 * t);
      const y = py(-10 + 150 * t);
      expect(rects.some((r) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h)).toBe(true);
    }
  });

  it('cover only the part on the canvas, and nothing for a line passing by it', () => {
    const rects = linePixels(-1000, 0, 1000, 0, 1, view);
    expect(Math.min(...rects.map((r) => r.x))).toBe(0);
    expect(Math.max(...rects.map((r) => r.x + r.w))).toBe(800);
    expect(linePixels(-1000, -500, 1000, -500, 1, view)).toEqual([]);
  });
});

describe('how much of the canvas rectangles cover', () => {
  it('counts overlapping rectangles once', () => {
    const half = { x: 0, y: 0, w: 400, h: 600 };
    expect(coveredShare([half], view)).toBeCloseTo(0.5, 2);
    expect(coveredShare([half, half, { x: 100, y: 100, w: 50, h: 50 }], view)).toBeCloseTo(0.5, 2);
    expect(coveredShare([half, { x: 400, y: 0, w: 400, h: 600 }], view)).toBe(1);
  });
});

describe('whether an element meets the part drawn again', () => {
  // Canvas pixels 40..80 × 80..120: model x 5..15, y 10..20.
  const part = new CoveredCells([{ x: 40, y: 80, w: 40, h: 40 }], view);

  it('is yes for a box over the part or touching it, no for one well away or off the canvas', () => {
    expect(part.meetsBox({ x1: 6, y1: 11, x2: 8, y2: 13 })).toBe(true);
    expect(part.meetsBox({ x1: -20, y1: -20, x2: 5, y2: 10 })).toBe(true);
    expect(part.meetsBox({ x1: 100, y1: 100, x2: 120, y2: 120 })).toBe(false);
    expect(part.meetsBox({ x1: -500, y1: 0, x2: -400, y2: 10 })).toBe(false);
  });

  it('is yes for a line through the part or passing within its width, no for one well away', () => {
    expect(part.meetsLine(-1000, 15, 1000, 15, 0.5)).toBe(true);
    // 20 model units below the part's bottom edge (80 canvas px), 21 wide on each side.
    expect(part.meetsLine(-1000, 40, 1000, 40, 21)).toBe(true);
    expect(part.meetsLine(-1000, 40, 1000, 40, 1)).toBe(false);
    expect(part.meetsLine(-1000, -500, 1000, -500, 1)).toBe(false);
  });

  it('is no for everything when nothing changed on the canvas (the changed elements are off it)', () => {
    const none = new CoveredCells([], view);
    expect(none.meetsLine(-1000, 15, 1000, 15, 50)).toBe(false);
    expect(none.meetsBox({ x1: -1000, y1: -1000, x2: 1000, y2: 1000 })).toBe(false);
  });

  it('never says no for a line whose stroke reaches a rectangle', () => {
    // Small rectangles and lines near them: the cases where a coarse test could step over one.
    const rect = fc.record({ x: fc.integer({ min: 0, max: 780 }), y: fc.integer({ min: 0, max: 580 }), w: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 1, max: 8 }) });
    const coordinate = fc.double({ min: -20, max: 210, noNaN: true });
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 3 }), coordinate, coordinate, coordinate, coordinate, fc.double({ min: 0, max: 3, noNaN: true }), (rects: PixelRect[], x0, y0, x1, y1, half) => {
        const k = view.zoom * view.pixelRatio;
        const reach = half * k;
        const meets = rects.some((r) => clipSegment(px(x0), py(y0), px(x1), py(y1), { x1: r.x - reach, y1: r.y - reach, x2: r.x + r.w + reach, y2: r.y + r.h + reach }) !== null);
        if (meets) expect(new CoveredCells(rects, view).meetsLine(x0, y0, x1, y1, half)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the same view', () => {
  it('is one with every number equal; none before the first frame', () => {
    expect(sameView(view, { ...view })).toBe(true);
    expect(sameView(view, { ...view, panX: 10.5 })).toBe(false);
    expect(sameView(view, { ...view, width: 801 })).toBe(false);
    expect(sameView(null, view)).toBe(false);
  });
});
