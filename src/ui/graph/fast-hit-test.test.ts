import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installFastHitTest } from './fast-hit-test';

interface FakeEle {
  id: string;
  isEdge(): boolean;
  boundingBox(): { x1: number; y1: number; x2: number; y2: number };
}

const ele = (id: string, edge: boolean, x1: number, x2: number): FakeEle => ({
  id,
  isEdge: () => edge,
  boundingBox: () => ({ x1, y1: 0, x2, y2: 10 }),
});

/** A renderer whose own search reports which elements it was allowed to look at. */
function fakeCanvas(zoom: number) {
  const all = Object.assign([ele('a', false, 0, 10), ele('far', false, 500, 510), ele('a->b', true, 5, 300)], {}) as FakeEle[] & { interactive: FakeEle[] };
  all.interactive = all.filter((e) => e.id !== 'far');
  const renderer = {
    getCachedZSortedEles: () => all,
    findNearestElements(this: { getCachedZSortedEles(): typeof all }, _x: number, _y: number, interactiveOnly: boolean) {
      const seen = this.getCachedZSortedEles();
      return (interactiveOnly ? seen.interactive : seen).map((e) => e.id);
    },
  };
  const cy = { zoom: () => zoom, renderer: () => renderer } as unknown as Core;
  return { cy, renderer };
}

describe('finding the element under the pointer', () => {
  it('lets Cytoscape search only the elements whose box (widened by its hit distance) holds the point', () => {
    const { cy, renderer } = fakeCanvas(1);
    expect(installFastHitTest(cy)).toBe(true);
    expect(renderer.findNearestElements(5, 5, false)).toEqual(['a', 'a->b']);
    expect(renderer.findNearestElements(505, 5, false)).toEqual(['far']);
    expect(renderer.findNearestElements(505, 5, true)).toEqual([]);
    // Just outside a box, but within 8 screen px: still a candidate.
    expect(renderer.findNearestElements(515, 5, false)).toEqual(['far']);
    // Its own list of elements is back in place afterwards.
    expect(Object.prototype.hasOwnProperty.call(renderer, 'getCachedZSortedEles')).toBe(true);
    expect(renderer.getCachedZSortedEles()).toHaveLength(3);
  });

  it('does not hit links while they are too thin to be drawn', () => {
    const { cy, renderer } = fakeCanvas(0.05);
    installFastHitTest(cy);
    expect(renderer.findNearestElements(200, 5, false)).toEqual([]);
  });
});
