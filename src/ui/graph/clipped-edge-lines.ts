import type { Core } from 'cytoscape';
import { redrawClipOf } from './redraw-clip';
import { clipSegment } from './segment-clip';
import type { Box } from './viewport-culling';

/**
 * Dotted and dashed links are stroked only where the canvas can show them.
 *
 * Zoomed in, a link to an event in another lane runs thousands of pixels past the view, and
 * Chromium's software canvas dashes the whole of it before clipping: a dotted link (Cytoscape
 * dots at 1 model px on, 1 off) 20,000 px long costs about a millisecond. Measured with
 * 130 such lines on an 800×500 canvas: solid 17 ms a frame, dotted 110-200 ms, dotted but
 * cut to the canvas 16 ms. At 20,000 events zoomed in, about 130 links cross the view, and
 * the frame after an edit spent 32-52 ms drawing dashes (the other part of the cure is the
 * coarser dots of motivating links, graph-stylesheet.ts).
 *
 * So a straight link that reaches beyond the canvas is cut to the canvas (with a margin) and
 * its dash pattern shifted by the length cut off, so each dot stays where it was: the picture
 * is the same. A frame drawn in part (partial-redraw.ts) cuts it to the rectangles it draws
 * again: Skia dashes a line across the whole of the clip's bounds, and a part made of a few
 * bands along the moved event's links has bounds as large as the canvas. Curved links (parallel links bundled) and solid ones are left to Cytoscape.
 */

/** Canvas pixels beyond the canvas edge that a cut line still reaches, so its end never shows. */
const MARGIN_PX = 32;

/** Canvas pixels beyond a redrawn rectangle (and half the line's width) that a cut line still reaches. */
const CLIP_MARGIN_PX = 2;

/** The parts of Cytoscape's edge read here. */
interface Edge {
  pstyle(name: string): { readonly pfValue: unknown };
  readonly _private: { readonly rscratch: { readonly edgeType?: string; readonly badLine?: boolean } };
}

/** What is drawn on: a 2D context of a canvas (the view, or one of Cytoscape's texture layers). */
type Context = Pick<
  CanvasRenderingContext2D,
  'getTransform' | 'setLineDash' | 'lineDashOffset' | 'lineWidth' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'
> & { readonly canvas: { readonly width: number; readonly height: number } };

type DrawEdgePath = (this: unknown, edge: Edge, context: Context, pts: readonly number[], type: string) => void;

interface CanvasRenderer {
  drawEdgePath?: DrawEdgePath;
}

const tuned = new WeakSet<object>();

/** The dash pattern Cytoscape sets for a line style, in model units (see its drawEdgePath). */
function dashOf(edge: Edge, type: string): { pattern: number[]; offset: number | null } | null {
  if (type === 'dotted') return { pattern: [1, 1], offset: null };
  if (type !== 'dashed') return null;
  const pattern = edge.pstyle('line-dash-pattern').pfValue;
  const offset = edge.pstyle('line-dash-offset').pfValue;
  return Array.isArray(pattern) ? { pattern: pattern as number[], offset: typeof offset === 'number' ? offset : 0 } : null;
}

/** The parts of the segment inside one of `boxes`, as fractions of the way along it, in order and apart. */
function partsInside(x0: number, y0: number, x1: number, y1: number, boxes: readonly Box[]): [number, number][] {
  const found: [number, number][] = [];
  for (const box of boxes) {
    const part = clipSegment(x0, y0, x1, y1, box);
    if (part !== null) found.push([part[0], part[1]]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const part of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && part[0] <= last[1]) last[1] = Math.max(last[1], part[1]);
    else merged.push(part);
  }
  return merged;
}

/**
 * The model boxes the context can show: the canvas, or while a frame is drawn in part the
 * rectangles it is clipped to (partial-redraw.ts), each with MARGIN_PX around.
 */
function shownBoxes(context: Context, m: DOMMatrix): Box[] {
  const toModel = (x: number, y: number, w: number, h: number, margin: number): Box => ({
    x1: (x - margin - m.e) / m.a,
    x2: (x + w + margin - m.e) / m.a,
    y1: (y - margin - m.f) / m.d,
    y2: (y + h + margin - m.f) / m.d,
  });
  const clip = redrawClipOf(context);
  if (clip === null) return [toModel(0, 0, context.canvas.width, context.canvas.height, MARGIN_PX)];
  // Cut close: a dotted line costs Skia each dot drawn, in the clip or not, and the part's
  // rectangles are small. Half the line's width (a cap reaches that far) and two pixels of
  // antialiasing keep the cut ends outside the rectangle.
  const margin = (Number(context.lineWidth) || 0) * m.a * 0.5 + CLIP_MARGIN_PX;
  return clip.map((rect) => toModel(rect.x, rect.y, rect.w, rect.h, margin));
}

/**
 * Draws the parts of a straight dotted or dashed line that the canvas shows, with the same
 * dash phase; returns false when Cytoscape should draw it (all of it visible, or not a case
 * handled here).
 */
function drawVisiblePart(edge: Edge, context: Context, pts: readonly number[], type: string): boolean {
  const rs = edge._private.rscratch;
  if (pts.length !== 4 || rs.edgeType !== 'straight' || rs.badLine) return false;
  const dash = dashOf(edge, type);
  if (!dash) return false;
  const m = context.getTransform();
  // Cytoscape only scales and moves; anything else is left to it.
  if (m.b !== 0 || m.c !== 0 || m.a <= 0 || m.d <= 0) return false;
  const [x0, y0, x1, y1] = pts as [number, number, number, number];
  const parts = partsInside(x0, y0, x1, y1, shownBoxes(context, m));
  if (parts.length === 0) return true;
  if (parts.length === 1 && parts[0]![0] === 0 && parts[0]![1] === 1) return false;
  const length = Math.hypot(x1 - x0, y1 - y0);
  // Dotted lines keep the offset the context has, as Cytoscape leaves it.
  const offset = dash.offset ?? context.lineDashOffset;
  context.setLineDash(dash.pattern);
  // Each part is its own stroke: a canvas starts each subpath's dashes at the offset again.
  for (const [t0, t1] of parts) {
    context.lineDashOffset = offset + t0 * length;
    context.beginPath();
    context.moveTo(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0);
    context.lineTo(x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1);
    context.stroke();
  }
  context.setLineDash([]);
  // Cytoscape sets the offset again for each dashed line; a dotted one would inherit ours.
  context.lineDashOffset = offset;
  return true;
}

/** Cuts this canvas's long dotted and dashed links to what it shows; returns whether it is installed (not on a headless canvas). */
export function installClippedEdgeLines(cy: Core): boolean {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  if (!r || tuned.has(r)) return r !== undefined;
  const original = r.drawEdgePath;
  if (typeof original !== 'function') return false;
  r.drawEdgePath = function drawEdgePath(edge, context, pts, type) {
    if (!drawVisiblePart(edge, context, pts, type)) original.call(this, edge, context, pts, type);
  };
  tuned.add(r);
  return true;
}
