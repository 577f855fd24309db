import type { Box } from './viewport-culling';

/**
 * The part of the segment from (x0, y0) to (x1, y1) that lies in `box`, as fractions of the
 * way along it: [t0, t1] with 0 ≤ t0 ≤ t1 ≤ 1, or null when no part of it does (Liang–Barsky).
 */
export function clipSegment(x0: number, y0: number, x1: number, y1: number, box: Box): readonly [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  // Each side of the box as p·t ≤ q: the segment enters where p < 0 and leaves where p > 0.
  const sides: readonly (readonly [number, number])[] = [
    [-dx, x0 - box.x1],
    [dx, box.x2 - x0],
    [-dy, y0 - box.y1],
    [dy, box.y2 - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [t0, t1];
}
