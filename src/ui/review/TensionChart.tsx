import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TensionPoint, TensionSeries } from '../../core/review/tension';
import { intensityTick } from './intensity-tick';
import { timeLabel, timelineTicks } from '../../core/review/timeline-ticks';

interface Props {
  readonly series: TensionSeries;
  /** The story's time unit, for the axis title. */
  readonly unit: string;
  readonly onPick: (eventId: string) => void;
}

const HEIGHT = 220;
/** Room per tick of the timeline axis, in CSS pixels: a label like "10,000.25" with space around it. */
const TICK_ROOM = 64;
const MARK_COLOURS = { bad: '#c62828', spike: '#b85c00', recovery: '#1b7f3b' } as const;

type Column = (number | null)[];

function markColumn(points: readonly TensionPoint[], pick: (p: TensionPoint) => boolean): Column {
  return points.map((p) => (pick(p) ? p.intensity : null));
}

/** A series drawn only as points (the marks), with no line between them. */
function marks(label: string, colour: string, size: number): uPlot.Series {
  return { label, stroke: colour, fill: colour, width: 0, paths: () => null, points: { show: true, size, fill: colour, stroke: colour } };
}

/**
 * The tension curve drawn by uPlot (canvas, fast at thousands of points; lazy-loaded so it
 * stays out of the first bundle): intensity of each event in timeline order, the window of
 * tolerance as a band behind it, marks for problems and recovery beats. The events stand one
 * step apart, as the table below lists them, and the ticks give their story time: against
 * raw time the events of a dense stretch piled into a spike no one could read. Hover names
 * the event under the cursor; a click selects it everywhere; a drag zooms into a stretch of
 * the timeline (thousands of events share a few hundred pixels), a double-click zooms out.
 */
export default function TensionChart({ series, unit, onPick }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [hovered, setHovered] = useState<TensionPoint | null>(null);
  const latest = useRef({ series, onPick });
  useEffect(() => {
    latest.current = { series, onPick };
  });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const pts = series.points;
    const data: uPlot.AlignedData = [
      pts.map((_p, i) => i),
      pts.map((p) => p.intensity),
      markColumn(pts, (p) => p.overLimit || p.peakWithoutRecovery),
      markColumn(pts, (p) => p.spike && !p.overLimit && !p.peakWithoutRecovery),
      markColumn(pts, (p) => p.recoveryBeat),
    ];
    const band = series.band;
    // Big marks hide each other when thousands of events share the width.
    const markSize = pts.length > 500 ? 5 : 10;
    // A thick line fills the plot solid when every pixel column holds several events.
    const lineWidth = pts.length > 500 ? 1 : 2;
    const times = pts.map((p) => p.time);
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      scales: { x: { time: false }, y: { range: [0, 1] } },
      axes: [
        {
          label: `Events in timeline order · story time (${unit})`,
          splits: (u, _axis, min, max) => timelineTicks(times, u.bbox.width / uPlot.pxRatio / TICK_ROOM, min, max),
          values: (_u, ticks) => ticks.map((i) => timeLabel(times[i] ?? Number.NaN)),
        },
        { label: 'Intensity', values: (_u, ticks) => ticks.map(intensityTick) },
      ],
      series: [
        {},
        { label: 'Intensity', stroke: '#0b4f8a', width: lineWidth, points: { show: pts.length < 200, size: 5 } },
        marks('Over the limit or no recovery', MARK_COLOURS.bad, markSize + 1),
        marks('Spike', MARK_COLOURS.spike, markSize),
        marks('Recovery beat', MARK_COLOURS.recovery, markSize),
      ],
      hooks: {
        // The window of tolerance, drawn under the series.
        drawClear: [
          (u) => {
            const top = u.valToPos(band.high, 'y', true);
            const bottom = u.valToPos(band.low, 'y', true);
            u.ctx.save();
            u.ctx.fillStyle = 'rgba(27, 127, 59, 0.12)';
            u.ctx.fillRect(u.bbox.left, top, u.bbox.width, Math.max(0, bottom - top));
            u.ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            setHovered(i === null || i === undefined ? null : (latest.current.series.points[i] ?? null));
          },
        ],
      },
    };
    const u = new uPlot(opts, data, el);
    plot.current = u;
    const onClick = () => {
      const i = u.cursor.idx;
      const p = i === null || i === undefined ? undefined : latest.current.series.points[i];
      if (p) latest.current.onPick(p.id);
    };
    u.over.addEventListener('click', onClick);
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.over.removeEventListener('click', onClick);
      u.destroy();
      plot.current = null;
    };
  }, [series, unit]);

  return (
    <div className="tension-chart">
      {/* The canvas is a picture for sighted users; the table below is its text alternative. */}
      <div ref={host} aria-hidden="true" data-testid="tension-chart" />
      <p className="tension-hover" aria-live="off">
        {hovered ? `${hovered.title} · t=${hovered.time} · intensity ${hovered.intensity}` : 'Hover over the curve to see an event; click to select it. Drag across it to zoom in, double-click to see it all.'}
      </p>
    </div>
  );
}

