import type { SingularElementArgument } from 'cytoscape';
import { linePixels, pixelsOf, type CanvasView, type CoveredCells, type PixelRect } from './dirty-region';
import type { Box } from './viewport-culling';

/**
 * What an element covers on the canvas as drawn, for frames drawn in part (partial-redraw.ts):
 * a straight link is its line and arrowheads, not its box, which for a long slanted link is
 * most of the canvas.
 */

/** Model units around a link's line that an overlay (a pressed link's highlight) may cover. */
const LINK_OVERLAY = 10;

type Ele = SingularElementArgument;

/** What an element covered when drawn: its box, or for a straight link without a label its line and arrowheads. */
export type Shape =
  | { readonly kind: 'box'; readonly box: Box }
  | { readonly kind: 'line'; readonly line: readonly [number, number, number, number]; readonly half: number; readonly arrows: readonly Box[] };

/** The parts of a link's rendered geometry read here (Cytoscape's `rscratch`). */
interface LinkScratch {
  readonly edgeType?: string;
  readonly startX?: number;
  readonly startY?: number;
  readonly endX?: number;
  readonly endY?: number;
  readonly arrowStartX?: number;
  readonly arrowStartY?: number;
  readonly arrowEndX?: number;
  readonly arrowEndY?: number;
}

/** Cytoscape's arrowhead size for a link of this width (its getArrowWidth). */
function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

/** What `ele` covers as drawn now (Cytoscape's box computes its geometry when stale). */
export function shapeOf(ele: Ele): Shape {
  const box = ele.boundingBox();
  if (ele.isNode()) return { kind: 'box', box };
  const link = ele as unknown as { _private: { rscratch: LinkScratch }; pstyle(name: string): { readonly pfValue?: unknown; readonly value?: unknown; readonly strValue?: string } };
  const rs = link._private.rscratch;
  const { startX, startY, endX, endY } = rs;
  if (rs.edgeType !== 'straight' || startX === undefined || startY === undefined || endX === undefined || endY === undefined || (link.pstyle('label').strValue ?? '') !== '') {
    return { kind: 'box', box };
  }
  const width = Number(link.pstyle('width').pfValue) || 0;
  const reach = arrowSize(width, Number(link.pstyle('arrow-scale').value) || 1);
  const arrows: Box[] = [];
  for (const [x, y] of [
    [rs.arrowStartX, rs.arrowStartY],
    [rs.arrowEndX, rs.arrowEndY],
  ] as const) {
    if (x !== undefined && y !== undefined) arrows.push({ x1: x - reach, y1: y - reach, x2: x + reach, y2: y + reach });
  }
  return { kind: 'line', line: [startX, startY, endX, endY], half: width / 2 + LINK_OVERLAY, arrows };
}

/** Whether what `shape` covers may meet the part (a link by its line and arrowheads, not its whole box). */
export function shapeMeets(shape: Shape, cells: CoveredCells): boolean {
  if (shape.kind === 'box') return cells.meetsBox(shape.box);
  return cells.meetsLine(...shape.line, shape.half) || shape.arrows.some((a) => cells.meetsBox(a));
}

/** Adds to `into` the canvas pixels `shape` covers in `view`. */
export function pixelsOfShape(shape: Shape, view: CanvasView, into: PixelRect[]): void {
  if (shape.kind === 'box') {
    const rect = pixelsOf(shape.box, view);
    if (rect) into.push(rect);
    return;
  }
  into.push(...linePixels(...shape.line, shape.half, view));
  for (const arrow of shape.arrows) {
    const rect = pixelsOf(arrow, view);
    if (rect) into.push(rect);
  }
}
