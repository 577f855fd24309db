import type { Scale } from '../../core/model/story';

interface Props {
  readonly scales: readonly Scale[];
  readonly values: Readonly<Record<string, number>>;
  readonly busy: boolean;
}

/**
 * One meter per scale: the accumulated impact, unrounded in `aria-valuenow` (tests compare
 * it with the core's sums), two decimals on screen. The bar grows with a CSS transition.
 */
export function ScaleMeters({ scales, values, busy }: Props) {
  // One common maximum, so the bars compare across scales; at least 1 so a first step does not fill a bar.
  const max = Math.max(1, ...scales.map((s) => values[s.id] ?? 0));
  return (
    <section className="play-section" aria-label="Scale impact" aria-busy={busy}>
      <h3>Scale impact</h3>
      <ul className="scale-meters">
        {scales.map((s) => {
          const value = values[s.id] ?? 0;
          const label = s.label ?? s.id;
          return (
            <li key={s.id} className="scale-meter" data-scale={s.id}>
              <span className="scale-meter-label" id={`play-meter-${s.id}`}>
                {label}
              </span>
              <div
                role="meter"
                aria-labelledby={`play-meter-${s.id}`}
                aria-valuenow={value}
                aria-valuemin={0}
                aria-valuemax={max}
                aria-valuetext={value.toFixed(2)}
                className="meter-track"
              >
                <div className="meter-fill" style={{ width: `${(100 * value) / max}%` }} />
              </div>
              <span className="scale-meter-value" aria-hidden="true">
                {value.toFixed(2)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
