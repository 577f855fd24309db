import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../core/model/story';
import { timeToX, type LaneLayout } from '../../state';
import { nodeId } from './canvas-ids';

interface Props {
  readonly cy: Core | null;
  readonly story: Story;
  readonly lanes: LaneLayout;
  /** Canvas ids the Events filters leave out: their bars are as faint as their nodes. */
  readonly filteredOut: ReadonlySet<string>;
}

/** A bar in model coordinates: from start to end of an event, along its row. */
interface Bar {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** Left out by the Events filters. */
  readonly faint: boolean;
}

/** The bar runs just below the node's centre, so it reads as the event's span without hiding its label. */
const BAR_OFFSET = 7;
const BAR_HEIGHT = 4;

/** A bar's fill, and that of a bar the filters leave out (the node's 0.18 opacity of it, filter-dim-style.ts). */
const BAR_FILL = 'rgba(72, 101, 129, 0.38)';
const FAINT_FILL = 'rgba(72, 101, 129, 0.07)';

const NONE: ReadonlySet<string> = new Set();

/** Bars of the events with a duration, from the layout's positions and axis. */
export function durationBars(story: Story, lanes: LaneLayout, filteredOut: ReadonlySet<string> = NONE): Bar[] {
  // The layout lists the events in story order, mostly of this very story: an event is then at
  // its own index, and the id index (20,000 entries, built after every edit) is only needed
  // when the two differ.
  let index: Map<string, number> | null = null;
  const bars: Bar[] = [];
  story.events.forEach((e, k) => {
    if (!(e.duration > 0)) return;
    const i = lanes.eventIds[k] === e.id ? k : (index ??= new Map(lanes.eventIds.map((id, j) => [id, j]))).get(e.id);
    if (i === undefined) return;
    bars.push({ x1: timeToX(lanes.axis, e.time), x2: timeToX(lanes.axis, e.time + e.duration), y: lanes.positions[2 * i + 1]!, faint: filteredOut.size > 0 && filteredOut.has(nodeId(e.id)) });
  });
  return bars;
}

/**
 * Durations drawn as bars along time, on a 2D canvas under the (transparent) graph
 * canvas: thousands of bars cost one pass of rectangles per frame, and none of
 * Cytoscape's per-element work. Redrawn at most once a frame as the view moves.
 */
export function DurationBars({ cy, story, lanes, filteredOut }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const bars = useMemo(() => durationBars(story, lanes, filteredOut), [story, lanes, filteredOut]);
  useEffect(() => {
    const canvas = ref.current;
    if (!cy || !canvas) return;
    let frame = 0;
    const draw = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      const ratio = globalThis.devicePixelRatio || 1;
      const w = cy.width();
      const h = cy.height();
      if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
        canvas.width = Math.round(w * ratio);
        canvas.height = Math.round(h * ratio);
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      const zoom = cy.zoom();
      const pan = cy.pan();
      const height = Math.max(2, BAR_HEIGHT * zoom);
      for (const b of bars) {
        const x1 = b.x1 * zoom + pan.x;
        const x2 = b.x2 * zoom + pan.x;
        const y = (b.y + BAR_OFFSET) * zoom + pan.y;
        if (x2 < 0 || x1 > w || y < -height || y > h) continue;
        ctx.fillStyle = b.faint ? FAINT_FILL : BAR_FILL;
        ctx.fillRect(x1, y - height / 2, Math.max(2, x2 - x1), height);
      }
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    cy.on('viewport resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.removeListener('viewport resize', schedule);
    };
  }, [cy, bars]);
  return <canvas ref={ref} className="duration-bars" aria-hidden="true" />;
}
