import { describe, expect, it } from 'vitest';
import { layerLevel, layersCannotFit, type Centred, type Placed } from './layered-cache-fit';

/** A node centred at (x, y). */
const node = (x: number, y: number): Placed & Centred => ({ isNode: (): boolean => true, position: () => ({ x, y }) }) as Placed & Centred;
/** A link: never looked at by its box (what a mass move makes expensive), nor has it a centre. */
const link = { isNode: (): boolean => false } as Placed;

/** Nodes in a row along the time axis, `gap` model px apart, a link between each two. */
const row = (n: number, gap: number) => Array.from({ length: n }, (_, i) => [link, node(i * gap, 20)]).flat();

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
    // 500 events: 19,960 px at level 0 fits a side, 1,248 px at level -4.
    expect(layersCannotFit(row(500, 40), 0.05, 1)).toBe(false);
  });

  it('holds the area limit on a story that is under the side limit both ways', () => {
    // 30,000 × 30,000 at level 0: under 32,767 a side, over 4,000² in area.
    const square = [node(0, 0), link, node(30_000, 30_000)];
    expect(layersCannotFit(square, 1, 1)).toBe(true);
    expect(layersCannotFit(square, 0.1, 1)).toBe(false);
  });

  it('says nothing when Cytoscape makes no layers at this zoom or there is nothing to draw', () => {
    expect(layersCannotFit(row(20_000, 40), 5, 1)).toBe(false);
    expect(layersCannotFit([], 1, 1)).toBe(false);
    expect(layersCannotFit([link, link], 1, 1)).toBe(false);
  });

  it('looks at the last element as well as a sample, so a story whose end is far away is seen to be wide', () => {
    const elements = [...row(5_000, 0), node(100_000, 20)];
    expect(layersCannotFit(elements, 1, 1)).toBe(true);
  });
});
