import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installClippedEdgeLines } from './clipped-edge-lines';
import { setRedrawClip } from './redraw-clip';

/** A 100×60 canvas at `scale` model-to-canvas, moved by (`dx`, `dy`), that records what is stroked. */
function recordingContext(scale: number, dx = 0, dy = 0) {
  const strokes: { from: [number, number]; to: [number, number]; dash: number[]; offset: number }[] = [];
  let dash: number[] = [];
  let from: [number, number] = [0, 0];
  let to: [number, number] = [0, 0];
  const context = {
    canvas: { width: 100, height: 60 },
    lineDashOffset: 0,
    lineWidth: 2,
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: dx, f: dy }),
    setLineDash: (d: number[]) => (dash = d),
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => (from = [x, y]),
    lineTo: (x: number, y: number) => (to = [x, y]),
    stroke: () => strokes.push({ from, to, dash, offset: context.lineDashOffset }),
  };
  return { context, strokes };
}

const edge = (edgeType: string, pattern: number[] = [6, 3], offset = 0) => ({
  pstyle: (name: string) => ({ pfValue: name === 'line-dash-pattern' ? pattern : offset }),
  _private: { rscratch: { edgeType } },
});

/** A renderer whose own drawEdgePath records the lines left to it. */
function canvas() {
  const left: string[] = [];
  const renderer = {
    drawEdgePath(_edge: unknown, _context: unknown, pts: number[], type: string) {
      left.push(`${type} ${pts.join(',')}`);
    },
  };
  expect(installClippedEdgeLines({ renderer: () => renderer } as unknown as Core)).toBe(true);
  return { draw: renderer.drawEdgePath as (edge: unknown, context: unknown, pts: number[], type: string) => void, left };
}

/** Where along a line of pattern `dash` (from its start, with `offset`) the point at `distance` falls: 'on' or 'off'. */
function phase(dash: number[], offset: number, distance: number): 'on' | 'off' {
  const period = dash.reduce((a, b) => a + b, 0);
  let p = (((distance + offset) % period) + period) % period;
  for (let i = 0; i < dash.length; i++) {
    if (p < dash[i]!) return i % 2 === 0 ? 'on' : 'off';
    p -= dash[i]!;
  }
  return 'off';
}

describe('long dotted and dashed links zoomed in', () => {
  it('strokes only the part of a long dashed link the canvas shows, its dashes where they were', () => {
    const { draw, left } = canvas();
    const { context, strokes } = recordingContext(2);
    // Canvas: model x 0..50, y 0..30; margin 32 canvas px = 16 model px. The link runs from far left to far right at y = 10.
    draw(edge('straight', [6, 3], 1), context, [-1000, 10, 1000, 10], 'dashed');
    expect(left).toEqual([]);
    expect(strokes).toHaveLength(1);
    const [s] = strokes;
    expect(s!.from[0]).toBeCloseTo(-16);
    expect(s!.to[0]).toBeCloseTo(66);
    expect(s!.dash).toEqual([6, 3]);
    // Each point drawn is on or off exactly as it would be on the whole link.
    for (let x = -16; x <= 66; x += 0.25) {
      expect(phase(s!.dash, s!.offset, x - s!.from[0]), `at x = ${x}`).toBe(phase([6, 3], 1, x + 1000));
    }
    // Dash pattern and offset are left as Cytoscape leaves them.
    expect(context.lineDashOffset).toBe(1);
  });

  it('dots a long dotted link as Cytoscape does (1 on, 1 off), from where the canvas begins', () => {
    const { draw } = canvas();
    const { context, strokes } = recordingContext(1, 0, 0);
    draw(edge('straight'), context, [50, -500, 50, 500], 'dotted');
    expect(strokes).toHaveLength(1);
    expect(strokes[0]!.dash).toEqual([1, 1]);
    expect(strokes[0]!.from).toEqual([50, -32]);
    expect(strokes[0]!.to).toEqual([50, 92]);
    expect(strokes[0]!.offset).toBeCloseTo(468);
  });

  it('draws nothing of a link that passes beside the canvas', () => {
    const { draw, left } = canvas();
    const { context, strokes } = recordingContext(1);
    draw(edge('straight'), context, [-1000, -500, 1000, -400], 'dashed');
    expect(strokes).toEqual([]);
    expect(left).toEqual([]);
  });

  it('leaves to Cytoscape a link the canvas shows whole, solid links and curved ones', () => {
    const { draw, left } = canvas();
    const { context, strokes } = recordingContext(1);
    draw(edge('straight'), context, [10, 10, 40, 20], 'dashed');
    draw(edge('straight'), context, [-1000, 10, 1000, 10], 'solid');
    draw(edge('bezier'), context, [-1000, 10, 0, 0, 1000, 10], 'dotted');
    expect(strokes).toEqual([]);
    expect(left).toEqual(['dashed 10,10,40,20', 'solid -1000,10,1000,10', 'dotted -1000,10,0,0,1000,10']);
  });

  it('works in the canvas moved and zoomed: a link cut at the edges of what it shows', () => {
    const { draw } = canvas();
    // Zoom 0.5, panned by (40, 20): the canvas shows model x -80..120, y -40..80.
    const { context, strokes } = recordingContext(0.5, 40, 20);
    draw(edge('straight'), context, [-10_000, 0, 10_000, 0], 'dashed');
    expect(strokes[0]!.from[0]).toBeCloseTo(-80 - 64);
    expect(strokes[0]!.to[0]).toBeCloseTo(120 + 64);
  });

  it('in a frame drawn in part, strokes only the pieces in the rectangles drawn again, each with its dashes where they were', () => {
    const { draw } = canvas();
    const { context, strokes } = recordingContext(1);
    // Two rectangles far apart along the line, and a third overlapping the second: two pieces.
    setRedrawClip(context, [
      { x: 10, y: 0, w: 10, h: 20 },
      { x: 200, y: 0, w: 10, h: 20 },
      { x: 205, y: 0, w: 20, h: 20 },
    ]);
    try {
      draw(edge('straight', [6, 3], 1), context, [-1000, 10, 1000, 10], 'dashed');
    } finally {
      setRedrawClip(context, null);
    }
    // Cut half the line's width (2 / 2) and 2 px beyond each rectangle; the two that overlap are one piece.
    expect(strokes.map((s) => [Math.round(s.from[0] * 1e6) / 1e6, Math.round(s.to[0] * 1e6) / 1e6])).toEqual([
      [10 - 3, 20 + 3],
      [200 - 3, 225 + 3],
    ]);
    for (const s of strokes) {
      for (let x = s.from[0]; x <= s.to[0]; x += 0.25) {
        expect(phase(s.dash, s.offset, x - s.from[0]), `at x = ${x}`).toBe(phase([6, 3], 1, x + 1000));
      }
    }
    expect(context.lineDashOffset).toBe(1);
    // The rectangles need not lie on this small canvas for the sums; after the frame, a line is cut to the canvas again.
    draw(edge('straight'), context, [-1000, 10, 1000, 10], 'dashed');
    expect(strokes).toHaveLength(3);
    expect(strokes[2]!.from[0]).toBeCloseTo(-32);
  });

  it('leaves a canvas without a drawing renderer (headless) alone', () => {
    expect(installClippedEdgeLines({ renderer: () => ({}) } as unknown as Core)).toBe(false);
  });
});
