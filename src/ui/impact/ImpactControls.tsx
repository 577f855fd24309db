import { useId } from 'react';
import { setImpactOptions, type ImpactView } from '../../state';

/** Depth slider positions 1..MAX_DEPTH are hop limits; one more means "any depth". */
const MAX_DEPTH = 10;

interface Props {
  readonly impact: ImpactView;
}

/** Direction of the ripple, its minimum impact and its depth. */
export function ImpactControls({ impact }: Props) {
  const minId = useId();
  const depthId = useId();
  const depth = impact.maxHops ?? MAX_DEPTH + 1;
  const depthText = impact.maxHops === undefined ? 'any' : `${impact.maxHops} ${impact.maxHops === 1 ? 'link' : 'links'}`;
  return (
    <div className="impact-controls">
      <div className="segmented" role="group" aria-label="Ripple direction">
        <button
          type="button"
          className="small"
          aria-pressed={impact.direction === 'forward'}
          title="What this event leads to"
          onClick={() => setImpactOptions({ direction: 'forward' })}
        >
          What it changes
        </button>
        <button
          type="button"
          className="small"
          aria-pressed={impact.direction === 'backward'}
          title="What led to this event"
          onClick={() => setImpactOptions({ direction: 'backward' })}
        >
          What led here
        </button>
      </div>
      <div className="impact-slider">
        <label htmlFor={minId}>Minimum impact</label>
        <input
          id={minId}
          type="range"
          min={1}
          max={50}
          step={1}
          value={Math.round(impact.minImpact * 100)}
          aria-valuetext={`${Math.round(impact.minImpact * 100)}%`}
          onChange={(e) => setImpactOptions({ minImpact: Number(e.target.value) / 100 })}
        />
        <output htmlFor={minId}>{Math.round(impact.minImpact * 100)}%</output>
      </div>
      <div className="impact-slider">
        <label htmlFor={depthId}>Depth</label>
        <input
          id={depthId}
          type="range"
          min={1}
          max={MAX_DEPTH + 1}
          step={1}
          value={depth}
          aria-valuetext={depthText}
          onChange={(e) => {
            const v = Number(e.target.value);
            setImpactOptions({ maxHops: v > MAX_DEPTH ? null : v });
          }}
        />
        <output htmlFor={depthId}>{depthText}</output>
      </div>
    </div>
  );
}
