import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Scale } from '../../core/model/story';
import type { LaneBand, ScaleSummary } from '../../state';

interface Props {
  readonly cy: Core | null;
  readonly bands: readonly LaneBand[];
  readonly scales: readonly Scale[];
  readonly summaries: readonly ScaleSummary[] | undefined;
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
  useEffect(() => {
    const el = root.current;
    if (!cy || !el) return;
    let frame = 0;
    const apply = (): void => {
      frame = 0;
      if (cy.destroyed()) return;
      el.style.setProperty('--pan-y', `${cy.pan().y}px`);
      el.style.setProperty('--zoom', String(cy.zoom()));
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
  }, [cy]);
  const labelOf = new Map(scales.map((s) => [s.id, s.label ?? s.id]));
  const summaryOf = new Map((summaries ?? []).map((s) => [s.scale, s]));
  return (
    <div ref={root} className="lane-overlay">
      {bands.map((b, i) => {
        const s = summaryOf.get(b.scale);
        return (
          <div
            key={b.scale}
            className={i % 2 === 0 ? 'lane-band' : 'lane-band alt'}
            style={{ ['--y' as string]: b.y, ['--h' as string]: b.height }}
            data-scale={b.scale}
          >
            <div className="lane-header">
              <strong>{labelOf.get(b.scale) ?? b.scale}</strong>
              {s && (
                <span>
                  {s.events} events · <span className={s.conflicts > 0 ? 'lane-conflicts' : ''}>{s.conflicts} conflicts</span> · coherence{' '}
                  {coherenceText(s.coherence)}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
