import { useState, type ReactNode } from 'react';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';

/** A compact key to the canvas's encodings, folded away until asked for; `tools` sit beside its button. */
export function GraphLegend({ tools }: { readonly tools?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="graph-legend">
      <div className="graph-legend-buttons">
        {tools}
        <button type="button" className="small" aria-expanded={open} aria-controls="graph-legend-body" onClick={() => setOpen(!open)}>
          Legend
        </button>
      </div>
      {open && (
        <div id="graph-legend-body" className="graph-legend-body" role="group" aria-label="Legend">
          <ul aria-label="Conflict categories">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <span className="legend-glyph" style={{ color: CATEGORY_LOOK[c].color }} aria-hidden="true">
                  {CATEGORY_LOOK[c].glyph}
                </span>
                {CATEGORY_LOOK[c].label}
              </li>
            ))}
          </ul>
          <ul aria-label="Events and links">
            <li>
              <span className="legend-swatch" aria-hidden="true">
                <i style={{ opacity: 0.3 }} />
                <i />
              </span>
              Intensity: pale calm, solid intense
            </li>
            <li>
              <span className="legend-line" aria-hidden="true">
                <i style={{ height: 1 }} />
                <i style={{ height: 5 }} />
              </span>
              Link strength: thin weak, thick strong
            </li>
            <li>
              <span className="legend-kinds" aria-hidden="true">
                <i className="solid" />
                <i className="dashed" />
                <i className="dotted" />
              </span>
              Link kind: causes, enables, motivates
            </li>
            <li>
              <span className="legend-bar" aria-hidden="true" />
              Duration: a bar along time
            </li>
            <li>
              <span className="legend-break" aria-hidden="true">
                {'//'}
              </span>
              Empty stretch of time, collapsed
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
