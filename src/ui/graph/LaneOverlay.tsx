import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Scale } from '../../core/model/story';
import { useDemoView, type LaneBand, type ScaleSummary } from '../../state';
import { PRESENTER_TEXT_SCALE } from './label-scale';

interface Props {
  readonly cy: Core | null;
  readonly bands: readonly LaneBand[];
  readonly scales: readonly Scale[];
  readonly summaries: readonly ScaleSummary[] | undefined;
}

/**
 * On-screen band heights (px) below which the header drops its event count and coherence, shrinks
 * to the lane's name, or is left out. The brief header (name, then its conflicts, graph.css) takes
 * 38 px with its padding: a thinner band cut its second line in half.
 */
const BRIEF_BELOW = 80;
const COMPACT_BELOW = 40;
const HIDDEN_BELOW = 8;

type HeaderFit = 'full' | 'brief' | 'compact' | 'none';
const SMALLER: Readonly<Record<HeaderFit, HeaderFit>> = { full: 'brief', brief: 'compact', compact: 'none', none: 'none' };

/**
 * How much header a band of this on-screen height has room for (the whole summary is always in its
 * title); `textScale`: the header text's size against the usual 11 px, which needs as much more room.
 */
function headerFit(px: number, textScale: number): HeaderFit {
  const room = px / textScale;
  return room < HIDDEN_BELOW ? 'none' : room < COMPACT_BELOW ? 'compact' : room < BRIEF_BELOW ? 'brief' : 'full';
}

function coherenceText(c: number): string {
  return `${Math.round(c * 100)}%`;
}

/**
 * The lanes behind the canvas: one band per scale with the scale manager's summary as
 * its header. Plain HTML under the (transparent) canvas, moved with pan and zoom through
 * two CSS variables, so following the viewport costs no React render.
 */
export function LaneOverlay({ cy, bands, scales, summaries }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  // Presenter view enlarges the headers' text: their fit is worked out again.
  const presenter = useDemoView((v) => v.presenter);
  useEffect(() => {
    const el = root.current;
    const side = gutter.current;
    if (!cy || !el || !side) return;
    let frame = 0;
    const apply = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      for (const target of [el, side]) {
        target.style.setProperty('--pan-y', `${cy.pan().y}px`);
        target.style.setProperty('--zoom', String(zoom));
      }
      // Zoomed far out (a whole long story fitted), bands get thin: headers must not spill over each other.
      const textScale = presenter ? PRESENTER_TEXT_SCALE : 1;
      for (const child of side.children) {
        const header = child as HTMLElement;
        let fit = headerFit(Number(header.dataset.height) * zoom, textScale);
        if (header.dataset.header !== fit) header.dataset.header = fit;
        // The thresholds assume a few lines; larger type in the fixed gutter wraps into more: a header
        // that still runs past its band's edge shows less rather than have its last line cut.
        while (fit !== 'none' && header.scrollHeight > header.clientHeight + 1) {
          fit = SMALLER[fit];
          header.dataset.header = fit;
        }
      }
    };
    const onViewport = (): void => {
      if (frame === 0) frame = requestAnimationFrame(apply);
    };
    apply();
    cy.on('viewport', onViewport);
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.removeListener('viewport', onViewport);
    };
    // Bands: new or resized bands need their header fitted too.
  }, [cy, bands, presenter]);
  const labelOf = new Map(scales.map((s) => [s.id, s.label ?? s.id]));
  const summaryOf = new Map((summaries ?? []).map((s) => [s.scale, s]));
  const place = (b: LaneBand) => ({ ['--y' as string]: b.y, ['--h' as string]: b.height });
  return (
    <>
      <div ref={root} className="lane-overlay">
        {bands.map((b, i) => (
          <div key={b.scale} className={i % 2 === 0 ? 'lane-band' : 'lane-band alt'} style={place(b)} data-scale={b.scale} />
        ))}
      </div>
      {/* Headers in a gutter of their own beside the lanes (the fit keeps nodes right of it): never over a node. */}
      <div ref={gutter} className="lane-gutter">
        {bands.map((b, i) => {
          const s = summaryOf.get(b.scale);
          return (
            <div
              key={b.scale}
              className={i % 2 === 0 ? 'lane-header' : 'lane-header alt'}
              style={place(b)}
              data-scale={b.scale}
              data-height={b.height}
              title={
                s
                  ? `${labelOf.get(b.scale) ?? b.scale}: ${s.events} ${s.events === 1 ? 'event' : 'events'}, ${s.conflicts} ${s.conflicts === 1 ? 'conflict' : 'conflicts'}, coherence ${coherenceText(s.coherence)}`
                  : undefined
              }
            >
              <strong>{labelOf.get(b.scale) ?? b.scale}</strong>
              {s && (
                <span>
                  <span className="lane-events">
                    {s.events} {s.events === 1 ? 'event' : 'events'} ·{' '}
                  </span>
                  <span className={s.conflicts > 0 ? 'lane-conflicts' : ''}>
                    {s.conflicts} {s.conflicts === 1 ? 'conflict' : 'conflicts'}
                  </span>
                  <span className="lane-coherence"> · coherence {coherenceText(s.coherence)}</span>
                </span>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
