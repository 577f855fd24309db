import type { Core } from 'cytoscape';
import { clipSegment } from './segment-clip';

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
 * is the same. Curved links (parallel links bundled) and solid ones are left to Cytoscape.
 */

/** Canvas pixels beyond the canvas edge that a cut line still reaches, so its end never shows. */
const MARGIN_PX = 32;

/** The parts of Cytoscape's edge read here. */
interface Edge {
  pstyle(name: string): { readonly pfValue: unknown };
  readonly _private: { readonly rscratch: { readonly edgeType?: string; readonly badLine?: boolean } };
}

/** What is drawn on: a 2D context of a canvas (the view, or one of Cytoscape's texture layers). */
type Context = Pick<
  CanvasRenderingContext2D,
  'getTransform' | 'setLineDash' | 'lineDashOffset' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke'
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

/**
 * Draws the part of a straight dotted or dashed line that the canvas shows, with the same
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
  const box = {
    x1: (-MARGIN_PX - m.e) / m.a,
    x2: (context.canvas.width + MARGIN_PX - m.e) / m.a,
    y1: (-MARGIN_PX - m.f) / m.d,
    y2: (context.canvas.height + MARGIN_PX - m.f) / m.d,
  };
  const [x0, y0, x1, y1] = pts as [number, number, number, number];
  const part = clipSegment(x0, y0, x1, y1, box);
  if (part === null) return true;
  const [t0, t1] = part;
  if (t0 === 0 && t1 === 1) return false;
  const length = Math.hypot(x1 - x0, y1 - y0);
  // Dotted lines keep the offset the context has, as Cytoscape leaves it.
  const offset = dash.offset ?? context.lineDashOffset;
  context.setLineDash(dash.pattern);
  context.lineDashOffset = offset + t0 * length;
  context.beginPath();
  context.moveTo(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0);
  context.lineTo(x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1);
  context.stroke();
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
