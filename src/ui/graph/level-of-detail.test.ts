import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ARROWS_MIN_ZOOM, installLevelOfDetail, LINKS_MIN_ZOOM } from './level-of-detail';

/** Just enough of a canvas: a zoom and a renderer that records what it was asked to draw. */
function fakeCanvas() {
  let zoom = 1;
  const drawn: string[] = [];
  const renderer = {
    drawCachedElement(_context: unknown, ele: { id(): string; isEdge(): boolean }) {
      drawn.push(ele.id());
      if (ele.isEdge()) renderer.drawArrowheads(null, ele, 1);
    },
    drawArrowheads(_context: unknown, edge: { id(): string }, _opacity: number) {
      drawn.push(`${edge.id()} arrow`);
    },
  };
  const cy = { zoom: () => zoom, renderer: () => renderer } as unknown as Core;
  const ele = (id: string, edge: boolean) => ({ id: () => id, isEdge: () => edge });
  const frame = () => {
    drawn.length = 0;
    for (const e of [ele('storm', false), ele('storm->flood', true)]) renderer.drawCachedElement(null, e);
    return [...drawn];
  };
  return { cy, frame, setZoom: (z: number) => (zoom = z) };
}

describe('what the canvas draws zoomed far out', () => {
  it('draws events and links with arrowheads up close, drops arrowheads, then links, as it zooms out', () => {
    const { cy, frame, setZoom } = fakeCanvas();
    expect(installLevelOfDetail(cy)).toBe(true);
    expect(frame()).toEqual(['storm', 'storm->flood', 'storm->flood arrow']);
    setZoom(ARROWS_MIN_ZOOM * 0.9);
    expect(frame()).toEqual(['storm', 'storm->flood']);
    setZoom(LINKS_MIN_ZOOM / 2);
    expect(frame()).toEqual(['storm']);
    setZoom(ARROWS_MIN_ZOOM);
    expect(frame()).toEqual(['storm', 'storm->flood', 'storm->flood arrow']);
  });

  it('draws a frame zoomed out past LINKS_MIN_ZOOM itself, as dots, and leaves closer frames to Cytoscape', () => {
    const layered: string[] = [];
    const renderer = {
      drawCachedElement() {},
      drawArrowheads() {},
      drawLayeredElements(_context: unknown, eles: { id(): string }[]) {
        layered.push(...eles.map((e) => e.id()));
      },
    };
    const cy = { zoom: () => 1, renderer: () => renderer } as unknown as Core;
    installLevelOfDetail(cy);
    const node = { id: () => 'storm', visible: () => true, pstyle: () => ({ value: 1, pfValue: 16 }), _private: { group: 'nodes', position: { x: 5, y: 7 }, rscratch: {}, bbCache: {} } };
    const squares: number[][] = [];
    const context = (scale: number) => ({
      getTransform: () => ({ a: scale, b: 0 }),
      fillStyle: '',
      globalAlpha: 1,
      fillRect: (x: number, y: number, w: number) => squares.push([x + w / 2, y + w / 2]),
    });
    renderer.drawLayeredElements(context(LINKS_MIN_ZOOM * 2), [node]);
    expect(layered).toEqual(['storm']);
    expect(squares).toEqual([]);
    renderer.drawLayeredElements(context(LINKS_MIN_ZOOM / 2), [node]);
    expect(layered).toEqual(['storm']);
    expect(squares).toEqual([[5, 7]]);
  });

  it('draws a story too big for layered textures one by one, and leaves a small one to the layers', () => {
    const calls: string[] = [];
    const renderer = {
      drawCachedElement(_context: unknown, ele: { id(): string }) {
        calls.push(`one ${ele.id()}`);
      },
      drawArrowheads() {},
      drawCachedElements(context: unknown, eles: { id(): string }[]) {
        for (const e of eles) renderer.drawCachedElement(context, e);
      },
      drawLayeredElements(_context: unknown, eles: { id(): string }[], _pxRatio: number) {
        calls.push(`layers ${eles.length}`);
      },
    };
    const cy = { zoom: () => 1.5, on: () => undefined, renderer: () => renderer } as unknown as Core;
    installLevelOfDetail(cy);
    const context = { getTransform: () => ({ a: 1.5, b: 0 }) };
    const event = (id: string, x: number) => ({ id: () => id, isEdge: () => false, isNode: () => true, position: () => ({ x, y: 20 }), boundingBox: () => ({ x1: x, y1: 0, x2: x + 40, y2: 40 }) });
    // 1,000 px wide: a layer at level 1 is 2,000 px.
    renderer.drawLayeredElements(context, [event('storm', 0), event('calm', 960)], 1);
    expect(calls).toEqual(['layers 2']);
    calls.length = 0;
    // 100,000 px wide: no layer can hold it at level 1.
    renderer.drawLayeredElements(context, [event('storm', 0), event('calm', 99_960)], 1);
    expect(calls).toEqual(['one storm', 'one calm']);
  });

  it('leaves a canvas without a drawing renderer (headless) alone', () => {
    expect(installLevelOfDetail({ renderer: () => ({}) } as unknown as Core)).toBe(false);
  });
});
