import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { TimeAxis } from '../../state';
import { snapTime } from './snap-time';
import { axisTicks, formatTime, type AxisBreak, type Tick } from './time-ticks';

interface Props {
  readonly cy: Core | null;
  readonly axis: TimeAxis;
  /** The story's time unit ("hour", "day", or one of its own). */
  readonly unit: string;
}

interface Drawn {
  readonly ticks: readonly Tick[];
  readonly breaks: readonly AxisBreak[];
}

/** Height of the ruler (px); the fit keeps nodes below it (graph-controller.ts). */
export const RULER_PX = 26;
/** Width of the lane header gutter (graph.css, .lane-gutter). */
const GUTTER_PX = 112;

/** Where the canvas tools (graph-legend-buttons, in the ruler's row at the right) begin, in the ruler's coordinates, less a gap. */
function toolsLeft(ruler: HTMLElement | null): number | null {
  const tools = ruler?.parentElement?.querySelector('.graph-legend-buttons');
  if (!ruler || !tools) return null;
  return tools.getBoundingClientRect().left - ruler.getBoundingClientRect().left - 6;
}

/**
 * The time ruler along the top of the lanes view, following pan and zoom (redrawn at
 * most once a frame). Collapsed empty stretches show as a break mark; while an event is
 * dragged, its time is shown on the ruler where it would land.
 */
export function TimeRuler({ cy, axis, unit }: Props) {
  const [drawn, setDrawn] = useState<Drawn>({ ticks: [], breaks: [] });
  const [drag, setDrag] = useState<{ x: number; label: string } | null>(null);
  const ruler = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const apply = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      const { ticks, breaks } = axisTicks(axis, unit, cy.pan().x, cy.zoom(), cy.width());
      // Nothing over the corner above the lane gutter (the time switch sits there), nor under the canvas tools at the right.
      const end = toolsLeft(ruler.current) ?? cy.width();
      const halfLabel = (t: Tick): number => t.label.length * 3.5;
      setDrawn({
        ticks: ticks.filter((t) => t.x - halfLabel(t) > GUTTER_PX && t.x + halfLabel(t) < end),
        breaks: breaks.filter((b) => b.x2 > GUTTER_PX && b.x1 < end).map((b) => (b.x2 > end ? { ...b, x2: end } : b)),
      });
    };
    const onViewport = (): void => {
      if (frame === 0) frame = requestAnimationFrame(apply);
    };
    const onDrag = (e: EventObject): void => {
      const node = e.target as NodeSingular;
      if (node.hasClass('ghost')) return;
      setDrag({ x: node.renderedPosition().x, label: formatTime(snapTime(axis, node.position('x')), unit) });
    };
    const onDrop = (): void => setDrag(null);
    apply();
    cy.on('viewport resize', onViewport);
    cy.on('drag', 'node', onDrag);
    cy.on('free', 'node', onDrop);
    return () => {
      cancelAnimationFrame(frame);
      if (cy.destroyed()) return;
      cy.removeListener('viewport resize', onViewport);
      cy.removeListener('drag', 'node', onDrag);
      cy.removeListener('free', 'node', onDrop);
    };
  }, [cy, axis, unit]);
  return (
    <div ref={ruler} className="time-ruler" aria-hidden="true" data-testid="time-ruler">
      {drawn.breaks.map((b) => (
        <span key={`b${b.x1}`} className="ruler-break" style={{ left: b.x1, width: Math.max(0, b.x2 - b.x1) }} title="Empty stretch of time, collapsed">
          <span className="ruler-break-mark">{'//'}</span>
        </span>
      ))}
      {drawn.ticks.map((t) => (
        <span key={t.time} className="ruler-tick" style={{ left: t.x }}>
          {t.label}
        </span>
      ))}
      {drag && (
        <span className="ruler-drag" style={{ left: drag.x }}>
          {drag.label}
        </span>
      )}
    </div>
  );
}
