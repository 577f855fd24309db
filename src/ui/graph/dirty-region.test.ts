import { describe, expect, it } from 'vitest';
import { coveredShare, linePixels, MARGIN_PX, modelBoxOf, pixelsOf, sameView, type CanvasView } from './dirty-region';

// A 800 × 600 canvas at pixel ratio 2 (a 400 × 300 view), zoomed ×2 and panned by (10, 20) view pixels.
const view: CanvasView = { zoom: 2, panX: 10, panY: 20, pixelRatio: 2, width: 800, height: 600 };
// Model point → canvas pixel: (x × 2 + 10) × 2.
const px = (x: number): number => (x * 2 + 10) * 2;
const py = (y: number): number => (y * 2 + 20) * 2;

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

  it('map back to a model box holding the original one', () => {
    const box = { x1: 10, y1: 10, x2: 20, y2: 15 };
    const back = modelBoxOf(pixelsOf(box, view)!, view);
    expect(back.x1).toBeLessThan(box.x1);
    expect(back.y1).toBeLessThan(box.y1);
    expect(back.x2).toBeGreaterThan(box.x2);
    expect(back.y2).toBeGreaterThan(box.y2);
    // …by the margin only (in model units: MARGIN_PX / (zoom × ratio)).
    expect(box.x1 - back.x1).toBeCloseTo(MARGIN_PX / 4, 5);
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

describe('the same view', () => {
  it('is one with every number equal; none before the first frame', () => {
    expect(sameView(view, { ...view })).toBe(true);
    expect(sameView(view, { ...view, panX: 10.5 })).toBe(false);
    expect(sameView(view, { ...view, width: 801 })).toBe(false);
    expect(sameView(null, view)).toBe(false);
  });
});
