import type { TensionPoint, TensionSeries } from '../../core/review/tension';

/** One event on the tension strip: its tension point and its node's x in model coordinates. */
export interface StripPoint {
  readonly point: TensionPoint;
  readonly x: number;
}

/** What the strip draws a point as: the review mode's marks (docs/REVIEW.md, Tension curve). */
export type StripMark = 'bad' | 'spike' | 'recovery' | 'plain';

/** Room above and below the curve inside the strip (px), so marks at 0 and 1 are drawn whole. */
export const STRIP_PAD_PX = 7;

/**
 * The series placed under the graph: each event at its node's x (`xOf`, model
 * coordinates; events without a node yet are left out), ordered by x, timeline order
 * kept among equal x, so the visible ones are found by binary search.
 */
export function stripPoints(series: TensionSeries, xOf: (id: string) => number | undefined): StripPoint[] {
  const out: StripPoint[] = [];
  for (const point of series.points) {
    const x = xOf(point.id);
    if (x !== undefined && Number.isFinite(x)) out.push({ point, x });
  }
  // Array.prototype.sort is stable: equal x keep the timeline order.
  return out.sort((a, b) => a.x - b.x);
}

/** First index whose x is at least `x` (points sorted by x). */
function lowerBound(points: readonly StripPoint[], x: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index range [from, to) of the points whose x lies within [x1, x2] (model coordinates). */
export function visibleRange(points: readonly StripPoint[], x1: number, x2: number): { from: number; to: number } {
  const from = lowerBound(points, x1);
  let to = lowerBound(points, x2);
  while (to < points.length && points[to]!.x <= x2) to++;
  return { from, to };
}

/** The y of an intensity in a strip `height` px tall: 1 at the top, 0 at the bottom (intensity clamped to [0, 1]). */
export function intensityY(intensity: number, height: number): number {
  const v = Number.isFinite(intensity) ? Math.min(1, Math.max(0, intensity)) : 0;
  return STRIP_PAD_PX + (1 - v) * Math.max(0, height - 2 * STRIP_PAD_PX);
}

/** The mark a point is drawn with; a problem outranks a spike, a spike a recovery beat. */
export function markOf(p: TensionPoint): StripMark {
  if (p.overLimit || p.peakWithoutRecovery) return 'bad';
  if (p.spike) return 'spike';
  if (p.recoveryBeat) return 'recovery';
  return 'plain';
}

/** The marks of a point in words (for the hover readout). */
export function marksInWords(p: TensionPoint): string[] {
  const words: string[] = [];
  if (p.overLimit) words.push('over the limit');
  if (p.peakWithoutRecovery) words.push('peak without recovery');
  if (p.spike) words.push('spike');
  if (p.recoveryBeat) words.push('recovery beat');
  return words;
}

/** The view of the canvas: screen x = model x × zoom + panX. */
export interface StripView {
  readonly zoom: number;
  readonly panX: number;
  readonly height: number;
}

/**
 * The point under the cursor at (`sx`, `sy`) on the strip: among the points within
 * `reach` px along x, the nearest on screen. Null when none is that close.
 */
export function pointAt(points: readonly StripPoint[], view: StripView, sx: number, sy: number, reach = 8): number | null {
  const { from, to } = visibleRange(points, (sx - reach - view.panX) / view.zoom, (sx + reach - view.panX) / view.zoom);
  let best: number | null = null;
  let bestD = Infinity;
  for (let i = from; i < to; i++) {
    const p = points[i]!;
    const dx = p.x * view.zoom + view.panX - sx;
    const dy = intensityY(p.point.intensity, view.height) - sy;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
