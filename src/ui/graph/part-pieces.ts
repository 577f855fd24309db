import type { PixelRect } from './dirty-region';

/**
 * The rectangles of a part of the canvas to draw again, in pieces of at most `most` rectangles
 * each, every piece close together: halved again and again across the longer side of the
 * pieces' spread, at the middle rectangle. A frame drawn in part after an edit zoomed in on a
 * 20,000-event story drew 120-200 elements and rasterised them in one task of 60-100 ms on the
 * 2-core machine; in pieces drawn one frame after another, each frame draws only what meets
 * its piece. Pieces close together keep a link that crosses the part from being drawn in every
 * frame.
 */
export function partPieces(rects: readonly PixelRect[], most: number): PixelRect[][] {
  const limit = Math.max(1, Math.floor(most));
  if (rects.length <= limit) return [rects.slice()];
  const out: PixelRect[][] = [];
  split(rects.slice(), limit, out);
  return out;
}

function split(rects: PixelRect[], limit: number, out: PixelRect[][]): void {
  if (rects.length <= limit) {
    out.push(rects);
    return;
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    const cx = r.x + r.w / 2;
    const cy = r.y + r.h / 2;
    if (cx < minX) minX = cx;
    if (cx > maxX) maxX = cx;
    if (cy < minY) minY = cy;
    if (cy > maxY) maxY = cy;
  }
  const across = maxX - minX >= maxY - minY;
  rects.sort(across ? (a, b) => a.x + a.w / 2 - (b.x + b.w / 2) : (a, b) => a.y + a.h / 2 - (b.y + b.h / 2));
  // Halves of equal count (not equal spread): as few frames as the limit allows.
  const pieces = Math.ceil(rects.length / limit);
  const cut = Math.ceil(pieces / 2) * limit;
  split(rects.slice(0, cut), limit, out);
  split(rects.slice(cut), limit, out);
}
