import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useDemoView, type TimeAxis } from '../../state';
import { PRESENTER_TEXT_SCALE } from './label-scale';
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

/** Where the time switch (time-mode, in the ruler's row at the left) ends, in the ruler's coordinates: it is wider than the lane gutter. */
function switchRight(ruler: HTMLElement | null): number {
  const button = ruler?.parentElement?.querySelector('.time-mode');
  if (!ruler || !button) return GUTTER_PX;
  return Math.max(GUTTER_PX, button.getBoundingClientRect().right - ruler.getBoundingClientRect().left);
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
  // Presenter view's larger type (demo.css) needs as much more room between tick labels.
  const textScale = useDemoView((v) => (v.presenter ? PRESENTER_TEXT_SCALE : 1));
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const apply = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      // axisTicks spaces labels for 11 px type: asked in a screen shrunk by the text scale, its room grows with the type.
      const k = textScale;
      const shrunk = axisTicks(axis, unit, cy.pan().x / k, cy.zoom() / k, cy.width() / k);
      const ticks = k === 1 ? shrunk.ticks : shrunk.ticks.map((t) => ({ ...t, x: t.x * k }));
      const breaks = k === 1 ? shrunk.breaks : shrunk.breaks.map((b) => ({ x1: b.x1 * k, x2: b.x2 * k }));
      // Nothing over the corner above the lane gutter (the time switch sits there), nor under the canvas tools at the right.
      const end = toolsLeft(ruler.current) ?? cy.width();
      const start = switchRight(ruler.current);
      const halfLabel = (t: Tick): number => t.label.length * 3.5 * k;
      setDrawn({
        ticks: ticks.filter((t) => t.x - halfLabel(t) > start && t.x + halfLabel(t) < end),
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
  }, [cy, axis, unit, textScale]);
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
