import { escapeHtml } from './escape-html';
import type { TensionSeries } from './tension';

const W = 760;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

function fmt(x: number): string {
  return x.toFixed(1);
}

/**
 * The tension curve as a static inline SVG for the report (no script, no external file):
 * the window of tolerance as a band, the intensity line in timeline order, and marks for
 * events over the limit or without recovery (red), spikes (orange) and recovery beats (green).
 */
export function tensionSvg(series: TensionSeries): string {
  const pts = series.points;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const t0 = pts.length > 0 ? pts[0]!.time : 0;
  const t1 = pts.length > 0 ? pts[pts.length - 1]!.time : 1;
  const span = t1 > t0 ? t1 - t0 : 1;
  const x = (t: number): number => PAD.left + (pts.length <= 1 ? innerW / 2 : ((t - t0) / span) * innerW);
  const y = (v: number): number => PAD.top + (1 - Math.min(1, Math.max(0, v))) * innerH;
  const band = `<rect class="band" x="${PAD.left}" y="${fmt(y(series.band.high))}" width="${innerW}" height="${fmt(Math.max(0, y(series.band.low) - y(series.band.high)))}"/>`;
  const line = pts.length > 0 ? `<polyline class="curve" points="${pts.map((p) => `${fmt(x(p.time))},${fmt(y(p.intensity))}`).join(' ')}"/>` : '';
  const marks = pts
    .map((p) => {
      const cls = p.overLimit || p.peakWithoutRecovery ? 'mark-bad' : p.spike ? 'mark-spike' : p.recoveryBeat ? 'mark-recovery' : '';
      if (cls === '') return '';
      return `<circle class="${cls}" cx="${fmt(x(p.time))}" cy="${fmt(y(p.intensity))}" r="4"><title>${escapeHtml(p.title)}: ${p.intensity}</title></circle>`;
    })
    .join('');
  const axis = [0, 0.5, 1]
    .map((v) => `<text class="tick" x="${PAD.left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text><line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`)
    .join('');
  const timeLabels = `<text class="tick" x="${PAD.left}" y="${H - 8}">t=${t0}</text><text class="tick" x="${W - PAD.right}" y="${H - 8}" text-anchor="end">t=${t1}</text>`;
  const desc = `Intensity of ${pts.length} events over time; window of tolerance from ${series.band.low} to ${series.band.high}.`;
  return `<svg class="tension" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(desc)}">${band}${axis}${line}${marks}${timeLabels}</svg>`;
}
