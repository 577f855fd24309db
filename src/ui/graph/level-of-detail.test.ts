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

  it('leaves a canvas without a drawing renderer (headless) alone', () => {
    expect(installLevelOfDetail({ renderer: () => ({}) } as unknown as Core)).toBe(false);
  });
});

describe('events too small to see in detail', () => {
  /** A node of `size` model px at `zoom`, and a 2D context that records squares. */
  function setup(size: number, selected = false) {
    let zoom = 1;
    const drawn: string[] = [];
    const renderer = {
      drawCachedElement(_context: unknown, ele: { id(): string }) {
        drawn.push(`${ele.id()} texture`);
      },
      drawArrowheads() {},
    };
    const cy = { zoom: () => zoom, renderer: () => renderer } as unknown as Core;
    const node = {
      id: () => 'storm',
      isEdge: () => false,
      data: (k: string) => (k === 'size' ? size : undefined),
      selected: () => selected,
      visible: () => true,
      pstyle: (name: string) => ({ value: name === 'background-color' ? [200, 40, 40] : 1 }),
      effectiveOpacity: () => 1,
      position: () => ({ x: 100, y: 50 }),
    };
    const context = {
      fillStyle: '' as unknown,
      globalAlpha: 1,
      fillRect(x: number, y: number, w: number, h: number) {
        drawn.push(`square ${String(this.fillStyle)} ${x},${y} ${w}x${h}`);
      },
    };
    installLevelOfDetail(cy);
    return {
      frame: () => {
        drawn.length = 0;
        renderer.drawCachedElement(context, node);
        return [...drawn];
      },
      setZoom: (z: number) => (zoom = z),
    };
  }

  it('draws an event as a square of its colour once it is only a few pixels wide, and as itself up close', () => {
    const { frame, setZoom } = setup(20);
    expect(frame()).toEqual(['storm texture']);
    setZoom(0.1); // 2 px on screen
    expect(frame()).toEqual(['square rgb(200,40,40) 90,40 20x20']);
  });

  it('keeps a far-away event at least a pixel and a half wide, and a selected one drawn as itself', () => {
    const far = setup(20);
    far.setZoom(0.01); // 0.2 px on screen: drawn 1.5 px wide, 150 model px
    expect(far.frame()).toEqual(['square rgb(200,40,40) 25,-25 150x150']);
    const picked = setup(20, true);
    picked.setZoom(0.01);
    expect(picked.frame()).toEqual(['storm texture']);
  });
});
