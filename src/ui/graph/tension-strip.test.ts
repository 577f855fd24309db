import { describe, expect, it } from 'vitest';
import type { TensionPoint, TensionSeries } from '../../core/review/tension';
import { intensityY, markOf, marksInWords, pointAt, STRIP_PAD_PX, stripPoints, visibleRange } from './tension-strip';

const pt = (id: string, intensity: number, marks: Partial<TensionPoint> = {}): TensionPoint => ({
  id,
  title: `Event ${id}`,
  time: 0,
  scale: 'scene',
  intensity,
  overLimit: false,
  peakWithoutRecovery: false,
  recoveryBeat: false,
  spike: false,
  ...marks,
});

const series = (points: TensionPoint[]): TensionSeries => ({ points, band: { low: 0.3, high: 0.85 }, peakIntensity: 0.7 });

describe('tension strip', () => {
  // Timeline a, b, c, d; nodes at x 100, 40, 40, 300; d has no node yet.
  const xs: Record<string, number> = { a: 100, b: 40, c: 40 };
  const pts = stripPoints(series([pt('a', 0.2), pt('b', 0.9), pt('c', 0.5), pt('d', 0.1)]), (id) => xs[id]);

  it('puts each event at its node x, ordered by x, timeline order kept at equal x, events without a node left out', () => {
    expect(pts.map((p) => [p.point.id, p.x])).toEqual([
      ['b', 40],
      ['c', 40],
      ['a', 100],
    ]);
  });

  it('finds the points inside a model x range, edges included', () => {
    expect(visibleRange(pts, 40, 99)).toEqual({ from: 0, to: 2 });
    expect(visibleRange(pts, 41, 100)).toEqual({ from: 2, to: 3 });
    expect(visibleRange(pts, 101, 500)).toEqual({ from: 3, to: 3 });
  });

  it('draws intensity 1 at the top and 0 at the bottom, inside the padding, clamping bad values', () => {
    expect(intensityY(1, 100)).toBe(STRIP_PAD_PX);
    expect(intensityY(0, 100)).toBe(100 - STRIP_PAD_PX);
    expect(intensityY(0.5, 100)).toBe(50);
    expect(intensityY(7, 100)).toBe(STRIP_PAD_PX);
    expect(intensityY(Number.NaN, 100)).toBe(100 - STRIP_PAD_PX);
  });

  it('hits the nearest point on screen within reach, following zoom and pan', () => {
    // zoom 2, pan 10: b and c at screen x 90, a at 210. Strip 100 px tall: b (0.9) at y 15.6, c (0.5) at y 50.
    const view = { zoom: 2, panX: 10, height: 100 };
    expect(pts[pointAt(pts, view, 92, 20)!]!.point.id).toBe('b');
    expect(pts[pointAt(pts, view, 88, 48)!]!.point.id).toBe('c');
    expect(pts[pointAt(pts, view, 207, 80)!]!.point.id).toBe('a');
    expect(pointAt(pts, view, 150, 50)).toBeNull();
  });

  it('marks a problem over a spike over a recovery beat, and names every mark', () => {
    const all = pt('x', 0.9, { overLimit: true, peakWithoutRecovery: true, spike: true, recoveryBeat: true });
    expect(markOf(all)).toBe('bad');
    expect(markOf(pt('y', 0.9, { peakWithoutRecovery: true }))).toBe('bad');
    expect(markOf(pt('y', 0.9, { spike: true, recoveryBeat: true }))).toBe('spike');
    expect(markOf(pt('y', 0.2, { recoveryBeat: true }))).toBe('recovery');
    expect(markOf(pt('y', 0.5))).toBe('plain');
    expect(marksInWords(all)).toEqual(['over the limit', 'peak without recovery', 'spike', 'recovery beat']);
  });
});
