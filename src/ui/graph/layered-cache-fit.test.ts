import { describe, expect, it } from 'vitest';
import { layerLevel, layersCannotFit } from './layered-cache-fit';

/** Elements in a row along the time axis, `gap` model px apart, each 40 × 40. */
const row = (n: number, gap: number) =>
  Array.from({ length: n }, (_, i) => ({ boundingBox: () => ({ x1: i * gap, y1: 0, x2: i * gap + 40, y2: 40 }) }));

describe("Cytoscape's layered textures for a big story", () => {
  it('makes layers at the power of two at or above the zoom, none from zoom 3.99 or above level 2', () => {
    expect(layerLevel(1.56, 1)).toBe(1);
    expect(layerLevel(1, 1)).toBe(0);
    expect(layerLevel(0.3, 4)).toBe(1);
    expect(layerLevel(0.001, 1)).toBe(-4);
    expect(layerLevel(3.99, 1)).toBeNull();
    expect(layerLevel(2.5, 2)).toBeNull();
  });

  it('knows a story far wider than a layer cannot fit, and that a small one might', () => {
    // 20,000 events 40 px apart: 800,000 px wide, 1.6 M px at level 1.
    expect(layersCannotFit(row(20_000, 40), 1.56, 1)).toBe(true);
    // At the smallest level (1/16) the same story is 50,000 px wide: still over 32,767.
    expect(layersCannotFit(row(20_000, 40), 0.01, 1)).toBe(true);
    // 500 events: 20,040 px at level 0 fits a side, 1,252 px at level -4.
    expect(layersCannotFit(row(500, 40), 0.05, 1)).toBe(false);
  });

  it('holds the area limit on a story that is under the side limit both ways', () => {
    // 30,000 × 30,000 at level 0: under 32,767 a side, over 4,000² in area.
    const square = [{ boundingBox: () => ({ x1: 0, y1: 0, x2: 30_000, y2: 30_000 }) }, { boundingBox: () => ({ x1: 0, y1: 0, x2: 1, y2: 1 }) }];
    expect(layersCannotFit(square, 1, 1)).toBe(true);
    expect(layersCannotFit(square, 0.1, 1)).toBe(false);
  });

  it('says nothing when Cytoscape makes no layers at this zoom or there is nothing to draw', () => {
    expect(layersCannotFit(row(20_000, 40), 5, 1)).toBe(false);
    expect(layersCannotFit([], 1, 1)).toBe(false);
  });

  it('looks at the last element as well as a sample, so a story whose end is far away is seen to be wide', () => {
    const elements = [...row(5_000, 0), { boundingBox: () => ({ x1: 100_000, y1: 0, x2: 100_040, y2: 40 }) }];
    expect(layersCannotFit(elements, 1, 1)).toBe(true);
  });
});
