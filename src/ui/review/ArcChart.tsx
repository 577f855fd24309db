import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CharacterArc } from '../../core/review/character-arc';

const PALETTE = ['#0b4f8a', '#b85c00', '#1b7f3b', '#8e3b8e', '#6b5b00', '#a4470a'];

interface Props {
  readonly arc: CharacterArc;
  /** Story times of the character's conflicts, marked as vertical lines. */
  readonly conflictTimes: readonly number[];
}

/** A character's traits over story time as step lines (uPlot, lazy-loaded), conflicts as red rules. */
export default function ArcChart({ arc, conflictTimes }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || arc.traits.length === 0) return;
    const times = [...new Set(arc.traits.flatMap((t) => t.points.map((p) => p.time)))].sort((a, b) => a - b);
    const columns = arc.traits.map((t) => times.map((time) => t.points.find((p) => p.time === time)?.value ?? null));
    const u = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: 160,
        scales: { x: { time: false }, y: { range: [0, 1] } },
        axes: [{ label: 'Story time' }, {}],
        series: [
          {},
          ...arc.traits.map((t, i): uPlot.Series => ({ label: t.trait, stroke: PALETTE[i % PALETTE.length]!, width: 2, spanGaps: true, points: { show: true, size: 6 } })),
        ],
        hooks: {
          draw: [
            (plot) => {
              plot.ctx.save();
              plot.ctx.strokeStyle = '#c62828';
              plot.ctx.setLineDash([4, 3]);
              for (const t of conflictTimes) {
                const x = plot.valToPos(t, 'x', true);
                plot.ctx.beginPath();
                plot.ctx.moveTo(x, plot.bbox.top);
                plot.ctx.lineTo(x, plot.bbox.top + plot.bbox.height);
                plot.ctx.stroke();
              }
              plot.ctx.restore();
            },
          ],
        },
      },
      [times, ...columns],
      el,
    );
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height: 160 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
    };
  }, [arc, conflictTimes]);
  return <div ref={host} className="arc-chart" aria-hidden="true" />;
}
