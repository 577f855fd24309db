import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { select, useTensionSeries } from '../../state';
import { intensityY, markOf, marksInWords, pointAt, stripPoints, visibleRange, type StripMark, type StripPoint } from './tension-strip';

interface Props {
  readonly cy: Core | null;
  /** Model x of an event's node (the lane layout's position), undefined while it has none. */
  readonly xOf: (id: string) => number | undefined;
  /** The one selected event, ringed on the strip. */
  readonly selected: string | null;
}

/** Width of the lane header gutter (graph.css, .lane-gutter): the strip's own gutter holds its legend. */
const GUTTER_PX = 112;
const COLOURS: Record<StripMark, string> = { bad: '#c62828', spike: '#b85c00', recovery: '#1b7f3b', plain: '#0b4f8a' };

/** What e2e tests read of the strip: the points drawn, on the page (published as `window.arcStudioTensionStrip`). */
export interface TensionStripProbe {
  points(): { id: string; x: number; y: number; mark: StripMark }[];
}

function describe(p: StripPoint): string {
  const marks = marksInWords(p.point);
  return `${p.point.title} · intensity ${p.point.intensity}${marks.length > 0 ? ` · ${marks.join(', ')}` : ''}`;
}

/**
 * The tension curve under the story graph, on the graph's own time axis: each event's
 * intensity drawn at the x of its node, following the canvas's pan and zoom (redrawn at
 * most once a frame, only the points in view), with the window of tolerance as a band
 * and the review marks (docs/REVIEW.md). Drawn on a 2D canvas like DurationBars: it is
 * a projection of the graph's coordinates, not a chart with axes of its own.
 */
export function TensionStrip({ cy, xOf, selected }: Props) {
  const series = useTensionSeries();
  const canvas = useRef<HTMLCanvasElement>(null);
  const points = useMemo(() => stripPoints(series, xOf), [series, xOf]);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // The points as last drawn (strip coordinates), for the test probe.
  const lastDrawn = useRef<{ id: string; x: number; y: number; mark: StripMark }[]>([]);
  const scheduleRef = useRef<() => void>(() => undefined);
  const live = useRef({ points, series, selected, hovered, focused });
  useEffect(() => {
    live.current = { points, series, selected, hovered, focused };
    scheduleRef.current();
  }, [points, series, selected, hovered, focused]);

  useEffect(() => {
    const el = canvas.current;
    if (!cy || !el) return;
    let frame = 0;
    const draw = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      const { points: pts, series: s, selected: sel, hovered: hov, focused: foc } = live.current;
      const ratio = globalThis.devicePixelRatio || 1;
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (el.width !== Math.round(w * ratio) || el.height !== Math.round(h * ratio)) {
        el.width = Math.round(w * ratio);
        el.height = Math.round(h * ratio);
      }
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      // The same x as the canvas: the graph container may not start exactly where the strip does.
      const offset = cy.container()!.getBoundingClientRect().left - el.getBoundingClientRect().left;
      const zoom = cy.zoom();
      const panX = cy.pan().x + offset;
      const sx = (x: number): number => x * zoom + panX;
      // The window of tolerance, and the peak level as a dashed line.
      const top = intensityY(s.band.high, h);
      const bottom = intensityY(s.band.low, h);
      ctx.fillStyle = 'rgba(27, 127, 59, 0.13)';
      ctx.fillRect(0, top, w, Math.max(0, bottom - top));
      ctx.strokeStyle = 'rgba(198, 40, 40, 0.45)';
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(0, intensityY(s.peakIntensity, h) + 0.5);
      ctx.lineTo(w, intensityY(s.peakIntensity, h) + 0.5);
      ctx.stroke();
      ctx.setLineDash([]);
      const { from, to } = visibleRange(pts, -panX / zoom, (w - panX) / zoom);
      // The line runs on to the first point beyond each edge, so it does not stop short of the border.
      ctx.strokeStyle = '#0b4f8a';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let i = Math.max(0, from - 1); i < Math.min(pts.length, to + 1); i++) {
        const p = pts[i]!;
        if (i === Math.max(0, from - 1)) ctx.moveTo(sx(p.x), intensityY(p.point.intensity, h));
        else ctx.lineTo(sx(p.x), intensityY(p.point.intensity, h));
      }
      ctx.stroke();
      // Plain points only while they are far enough apart to be told apart; marks always.
      const plainToo = to - from <= w / 4;
      const drawn: { id: string; x: number; y: number; mark: StripMark }[] = [];
      for (const mark of ['plain', 'recovery', 'spike', 'bad'] as const) {
        ctx.fillStyle = COLOURS[mark];
        ctx.beginPath();
        const r = mark === 'plain' ? 2.5 : 4;
        for (let i = from; i < to; i++) {
          const p = pts[i]!;
          if (markOf(p.point) !== mark) continue;
          const x = sx(p.x);
          const y = intensityY(p.point.intensity, h);
          drawn.push({ id: p.point.id, x, y, mark });
          if (mark === 'plain' && !plainToo) continue;
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
        ctx.fill();
      }
      const ring = (i: number | null, colour: string, r: number): void => {
        const p = i === null ? undefined : pts[i];
        if (!p) return;
        ctx.strokeStyle = colour;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(sx(p.x), intensityY(p.point.intensity, h), r, 0, 2 * Math.PI);
        ctx.stroke();
      };
      if (sel !== null) {
        const i = pts.findIndex((p) => p.point.id === sel);
        ring(i < 0 ? null : i, '#1d4ed8', 7);
      }
      ring(hov, '#102a43', 6);
      ring(foc, '#102a43', 6);
      lastDrawn.current = drawn;
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    scheduleRef.current = schedule;
    draw();
    cy.on('viewport resize', schedule);
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      scheduleRef.current = () => undefined;
      if (!cy.destroyed()) cy.removeListener('viewport resize', schedule);
    };
  }, [cy]);

  // The points as drawn, for end-to-end tests (page coordinates).
  useEffect(() => {
    const probe: TensionStripProbe = {
      points() {
        const rect = canvas.current?.getBoundingClientRect();
        if (!rect) return [];
        return lastDrawn.current
          .filter((p) => p.x >= GUTTER_PX && p.x <= rect.width)
          .map((p) => ({ id: p.id, x: rect.left + p.x, y: rect.top + p.y, mark: p.mark }));
      },
    };
    (globalThis as { arcStudioTensionStrip?: TensionStripProbe }).arcStudioTensionStrip = probe;
    return () => {
      delete (globalThis as { arcStudioTensionStrip?: TensionStripProbe }).arcStudioTensionStrip;
    };
  }, []);

  /** The strip point under the mouse (none over the legend gutter). */
  const hit = (e: MouseEvent<HTMLCanvasElement>): number | null => {
    const el = canvas.current;
    if (!cy || !el || cy.destroyed()) return null;
    const rect = el.getBoundingClientRect();
    const sx = e.clientX - rect.left;
    if (sx < GUTTER_PX) return null;
    const offset = cy.container()!.getBoundingClientRect().left - rect.left;
    return pointAt(points, { zoom: cy.zoom(), panX: cy.pan().x + offset, height: el.clientHeight }, sx, e.clientY - rect.top);
  };

  /** Moves the keyboard cursor to a point, panning the graph when it is out of view. */
  const focusPoint = (i: number): void => {
    const p = points[i];
    if (!p || !cy || cy.destroyed()) return;
    setFocused(i);
    const x = p.x * cy.zoom() + cy.pan().x;
    if (x < GUTTER_PX + 20 || x > cy.width() - 20) cy.panBy({ x: (GUTTER_PX + cy.width()) / 2 - x, y: 0 });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (points.length === 0) return;
    const at = focused ?? (selected !== null ? points.findIndex((p) => p.point.id === selected) : -1);
    const moves: Record<string, number> = {
      ArrowRight: at < 0 ? 0 : Math.min(points.length - 1, at + 1),
      ArrowLeft: at < 0 ? 0 : Math.max(0, at - 1),
      Home: 0,
      End: points.length - 1,
    };
    const next = moves[e.key];
    if (next !== undefined) {
      focusPoint(next);
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && focused !== null && points[focused]) {
      select({ events: [points[focused].point.id], links: [], conflictId: null });
      e.preventDefault();
    }
  };

  const shown = focused ?? hovered;
  const readout = shown !== null && points[shown] ? describe(points[shown]) : 'Hover a point to see its event, click to select it';
  return (
    <section className="tension-strip" aria-label="Tension strip" data-testid="tension-strip" data-points={points.length}>
      <div className="strip-gutter" aria-hidden="true">
        <strong>Tension</strong>
        <span>
          <i className="swatch band" /> tolerance
        </span>
        <span>
          <i className="swatch bad" /> too high
        </span>
        <span>
          <i className="swatch spike" /> spike
        </span>
        <span>
          <i className="swatch recovery" /> recovery
        </span>
      </div>
      <div
        className="strip-plot"
        tabIndex={0}
        role="group"
        aria-roledescription="tension strip"
        aria-label="Intensity of each event, under its node. Left and right arrows step through the events, Enter selects."
        onKeyDown={onKeyDown}
        onBlur={() => setFocused(null)}
      >
        <canvas
          ref={canvas}
          onMouseMove={(e) => setHovered(hit(e))}
          onMouseLeave={() => setHovered(null)}
          onClick={(e) => {
            const i = hit(e);
            const p = i === null ? undefined : points[i];
            if (p) select({ events: [p.point.id], links: [], conflictId: null });
          }}
          style={{ cursor: hovered !== null ? 'pointer' : 'default' }}
        />
      </div>
      <p className="strip-readout" aria-live={focused !== null ? 'polite' : 'off'} data-testid="tension-strip-readout">
        {readout}
      </p>
    </section>
  );
}
