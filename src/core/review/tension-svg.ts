import { escapeHtml } from './escape-html';
import type { TensionSeries } from './tension';
import { timeLabel, timelineTicks } from './timeline-ticks';

const W = 760;
const H = 236;
const PAD = { left: 36, right: 12, top: 12, bottom: 44 };
/** Room per time tick in SVG units: a label like "10,000.25" at the report's 10px tick font with space around it. */
const TICK_ROOM = 80;

function fmt(x: number): string {
  return x.toFixed(1);
}

/**
 * The tension curve as a static inline SVG for the report (no script, no external file):
 * the window of tolerance as a band, the intensity line, and marks for events over the
 * limit or without recovery (red), spikes (orange) and recovery beats (green). Events stand
 * one step apart in timeline order, as in the studio's chart, and the ticks under the plot
 * give the story time of the events they sit on: against raw story time a dense stretch of
 * events piled into one unreadable spike. `unit`: the story's time unit, named in the axis title.
 */
export function tensionSvg(series: TensionSeries, unit?: string): string {
  const pts = series.points;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const bottom = H - PAD.bottom;
  const x = (i: number): number => PAD.left + (pts.length <= 1 ? innerW / 2 : (i / (pts.length - 1)) * innerW);
  const y = (v: number): number => PAD.top + (1 - Math.min(1, Math.max(0, v))) * innerH;
  const band = `<rect class="band" x="${PAD.left}" y="${fmt(y(series.band.high))}" width="${innerW}" height="${fmt(Math.max(0, y(series.band.low) - y(series.band.high)))}"/>`;
  const line = pts.length > 0 ? `<polyline class="curve" points="${pts.map((p, i) => `${fmt(x(i))},${fmt(y(p.intensity))}`).join(' ')}"/>` : '';
  const marks = pts
    .map((p, i) => {
      const cls = p.overLimit || p.peakWithoutRecovery ? 'mark-bad' : p.spike ? 'mark-spike' : p.recoveryBeat ? 'mark-recovery' : '';
      if (cls === '') return '';
      return `<circle class="${cls}" cx="${fmt(x(i))}" cy="${fmt(y(p.intensity))}" r="4"><title>${escapeHtml(p.title)}: ${p.intensity}</title></circle>`;
    })
    .join('');
  const axis = [0, 0.5, 1]
    .map((v) => `<text class="tick" x="${PAD.left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text><line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`)
    .join('');
  const times = pts.map((p) => p.time);
  const ticks = timelineTicks(times, innerW / TICK_ROOM);
  const timeTicks = `<g class="time-ticks">${ticks
    .map((i) => {
      // The end labels are anchored inwards so that they stay inside the picture.
      const anchor = pts.length > 1 && i === 0 ? 'start' : pts.length > 1 && i === pts.length - 1 ? 'end' : 'middle';
      const at = fmt(x(i));
      return `<line class="grid" x1="${at}" x2="${at}" y1="${PAD.top}" y2="${bottom + 4}"/><text class="tick" x="${at}" y="${bottom + 16}" text-anchor="${anchor}">${timeLabel(times[i]!)}</text>`;
    })
    .join('')}</g>`;
  const unitText = unit ? ` (${escapeHtml(unit)})` : '';
  const axisTitle = `<text class="tick" x="${fmt(PAD.left + innerW / 2)}" y="${H - 6}" text-anchor="middle">Story time${unitText} · events one step apart in timeline order</text>`;
  const span = pts.length > 0 ? ` from story time ${timeLabel(times[0]!)} to ${timeLabel(times[times.length - 1]!)}` : '';
  const desc = `Intensity of ${pts.length} events in timeline order, one step apart${span}; window of tolerance from ${series.band.low} to ${series.band.high}.`;
  return `<svg class="tension" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(desc)}">${band}${axis}${timeTicks}${line}${marks}${axisTitle}</svg>`;
}
