import { clipSegment } from './segment-clip';
import type { Box } from './viewport-culling';

/** How the graph sits on the canvas: model to canvas pixels is `(model × zoom + pan) × pixelRatio`. */
export interface CanvasView {
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
  readonly pixelRatio: number;
  /** The canvas, in canvas pixels. */
  readonly width: number;
  readonly height: number;
}

/** A rectangle of whole canvas pixels. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Canvas pixels added around the changed boxes: anti-aliased edges and a border's outer half
 * reach a pixel or so beyond a box, and a pixel redrawn needlessly costs nothing visible.
 */
export const MARGIN_PX = 3;

/** Above this share of the canvas, redrawing the changed part saves too little to be worth the clip. */
export const MAX_AREA_SHARE = 0.5;

export function sameView(a: CanvasView | null, b: CanvasView): boolean {
  return a !== null && a.zoom === b.zoom && a.panX === b.panX && a.panY === b.panY && a.pixelRatio === b.pixelRatio && a.width === b.width && a.height === b.height;
}

/** The canvas pixels `box` (model coordinates) covers: whole pixels with MARGIN_PX around, cut to the canvas; null when off it. */
export function pixelsOf(box: Box, view: CanvasView): PixelRect | null {
  // A box Cytoscape could not measure (an element without a size yet) covers nothing.
  if (!(box.x1 <= box.x2 && box.y1 <= box.y2)) return null;
  const x1 = Math.max(0, Math.floor((box.x1 * view.zoom + view.panX) * view.pixelRatio) - MARGIN_PX);
  const y1 = Math.max(0, Math.floor((box.y1 * view.zoom + view.panY) * view.pixelRatio) - MARGIN_PX);
  const x2 = Math.min(view.width, Math.ceil((box.x2 * view.zoom + view.panX) * view.pixelRatio) + MARGIN_PX);
  const y2 = Math.min(view.height, Math.ceil((box.y2 * view.zoom + view.panY) * view.pixelRatio) + MARGIN_PX);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : null;
}

/** Longest piece, in canvas pixels, of a line covered by one rectangle: a long slanted link is covered by a band of small rectangles, not its whole box. */
const PIECE_PX = 48;

/**
 * The canvas pixels a straight line of half width `halfWidth` (model units) from (x0, y0) to
 * (x1, y1) covers on the canvas: rectangles along its visible part, each at most PIECE_PX long.
 */
export function linePixels(x0: number, y0: number, x1: number, y1: number, halfWidth: number, view: CanvasView): PixelRect[] {
  const k = view.zoom * view.pixelRatio;
  const px = (x: number): number => (x * view.zoom + view.panX) * view.pixelRatio;
  const py = (y: number): number => (y * view.zoom + view.panY) * view.pixelRatio;
  const a = { x: px(x0), y: py(y0) };
  const b = { x: px(x1), y: py(y1) };
  const reach = halfWidth * k + MARGIN_PX;
  const seen = clipSegment(a.x, a.y, b.x, b.y, { x1: -reach, y1: -reach, x2: view.width + reach, y2: view.height + reach });
  if (seen === null) return [];
  const [t0, t1] = seen;
  const length = Math.hypot(b.x - a.x, b.y - a.y) * (t1 - t0);
  const pieces = Math.max(1, Math.ceil(length / PIECE_PX));
  const out: PixelRect[] = [];
  for (let i = 0; i < pieces; i++) {
    const s0 = t0 + ((t1 - t0) * i) / pieces;
    const s1 = t0 + ((t1 - t0) * (i + 1)) / pieces;
    const xa = a.x + (b.x - a.x) * s0;
    const ya = a.y + (b.y - a.y) * s0;
    const xb = a.x + (b.x - a.x) * s1;
    const yb = a.y + (b.y - a.y) * s1;
    const x = Math.max(0, Math.floor(Math.min(xa, xb) - reach));
    const y = Math.max(0, Math.floor(Math.min(ya, yb) - reach));
    const x2 = Math.min(view.width, Math.ceil(Math.max(xa, xb) + reach));
    const y2 = Math.min(view.height, Math.ceil(Math.max(ya, yb) + reach));
    if (x2 > x && y2 > y) out.push({ x, y, w: x2 - x, h: y2 - y });
  }
  return out;
}

/** Side, in canvas pixels, of the cells in which CoveredCells records what rectangles cover. */
const CELL_PX = 16;

/**
 * The cells of the canvas (CELL_PX squares) that rectangles touch: how much of the canvas a
 * part covers, and a quick test of whether an element may meet it. A frame drawn in part asks
 * that of each of the hundreds of elements near the view; testing each against each of the
 * hundreds of rectangles along moved links took 35 ms of a frame. The test may say yes for an
 * element that only comes near a rectangle (it is then drawn, clipped away), never no for one
 * that meets one.
 */
export class CoveredCells {
  private readonly cols: number;
  private readonly rows: number;
  private readonly cells: Uint8Array;
  /**
   * The covered cells' columns and rows, first to last: most elements near the view are nowhere
   * near a small part, and are told so without walking the cells along them.
   */
  private readonly c1: number;
  private readonly c2: number;
  private readonly r1: number;
  private readonly r2: number;
  /** About how much of the canvas the rectangles cover together (overlaps once). */
  readonly share: number;

  constructor(
    rects: readonly PixelRect[],
    private readonly view: CanvasView,
  ) {
    this.cols = Math.max(1, Math.ceil(view.width / CELL_PX));
    this.rows = Math.max(1, Math.ceil(view.height / CELL_PX));
    this.cells = new Uint8Array(this.cols * this.rows);
    let covered = 0;
    let [minCol, maxCol, minRow, maxRow] = [this.cols, -1, this.rows, -1];
    for (const r of rects) {
      const c2 = Math.min(this.cols - 1, Math.floor((r.x + r.w - 1) / CELL_PX));
      const r2 = Math.min(this.rows - 1, Math.floor((r.y + r.h - 1) / CELL_PX));
      for (let row = Math.max(0, Math.floor(r.y / CELL_PX)); row <= r2; row++) {
        for (let col = Math.max(0, Math.floor(r.x / CELL_PX)); col <= c2; col++) {
          const at = row * this.cols + col;
          if (this.cells[at] === 0) {
            this.cells[at] = 1;
            covered++;
            if (col < minCol) minCol = col;
            if (col > maxCol) maxCol = col;
            if (row < minRow) minRow = row;
            if (row > maxRow) maxRow = row;
          }
        }
      }
    }
    [this.c1, this.c2, this.r1, this.r2] = [minCol, maxCol, minRow, maxRow];
    this.share = covered / (this.cols * this.rows);
  }

  /** Whether a covered cell lies in the canvas pixel square from (x1, y1) to (x2, y2). */
  private anyIn(x1: number, y1: number, x2: number, y2: number): boolean {
    const c1 = Math.max(this.c1, Math.floor(x1 / CELL_PX));
    const r1 = Math.max(this.r1, Math.floor(y1 / CELL_PX));
    const c2 = Math.min(this.c2, Math.floor(x2 / CELL_PX));
    const r2 = Math.min(this.r2, Math.floor(y2 / CELL_PX));
    for (let row = r1; row <= r2; row++) {
      for (let col = c1; col <= c2; col++) if (this.cells[row * this.cols + col] === 1) return true;
    }
    return false;
  }

  /** Whether the model box may meet the rectangles. */
  meetsBox(box: Box): boolean {
    const { zoom, panX, panY, pixelRatio } = this.view;
    return this.anyIn((box.x1 * zoom + panX) * pixelRatio, (box.y1 * zoom + panY) * pixelRatio, (box.x2 * zoom + panX) * pixelRatio, (box.y2 * zoom + panY) * pixelRatio);
  }

  /** Whether a straight line in model units, `half` wide on each side, may meet the rectangles. */
  meetsLine(x0: number, y0: number, x1: number, y1: number, half: number): boolean {
    const { zoom, panX, panY, pixelRatio, width, height } = this.view;
    const ax = (x0 * zoom + panX) * pixelRatio;
    const ay = (y0 * zoom + panY) * pixelRatio;
    const bx = (x1 * zoom + panX) * pixelRatio;
    const by = (y1 * zoom + panY) * pixelRatio;
    const reach = half * zoom * pixelRatio;
    // Only the piece of the line within reach of a covered cell can meet one (the covered cells lie on the canvas).
    const seen = clipSegment(ax, ay, bx, by, {
      x1: Math.max(-reach, this.c1 * CELL_PX - reach),
      y1: Math.max(-reach, this.r1 * CELL_PX - reach),
      x2: Math.min(width + reach, (this.c2 + 1) * CELL_PX + reach),
      y2: Math.min(height + reach, (this.r2 + 1) * CELL_PX + reach),
    });
    if (seen === null) return false;
    // Points every half cell along the line: each point of it is within a quarter cell of one.
    const [t0, t1] = seen;
    const steps = Math.max(1, Math.ceil((Math.hypot(bx - ax, by - ay) * (t1 - t0)) / (CELL_PX / 2)));
    const r = reach + CELL_PX / 4;
    for (let i = 0; i <= steps; i++) {
      const t = t0 + ((t1 - t0) * i) / steps;
      const x = ax + (bx - ax) * t;
      const y = ay + (by - ay) * t;
      if (this.anyIn(x - r, y - r, x + r, y + r)) return true;
    }
    return false;
  }
}
