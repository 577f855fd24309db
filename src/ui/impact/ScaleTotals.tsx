import type { Scale } from '../../core/model/story';
import { scaleTotal } from './format';

interface Props {
  readonly scales: readonly Scale[];
  readonly perScale: Readonly<Record<string, number>>;
}

/** Total impact per scale as a small bar chart; the values are in the table as text, the bars only repeat them. */
export function ScaleTotals({ scales, perScale }: Props) {
  const max = Math.max(1e-9, ...scales.map((s) => perScale[s.id] ?? 0));
  return (
    <table className="impact-scales" data-testid="impact-scale-totals">
      <caption className="visually-hidden">Total impact per scale</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Scale</th>
          <th scope="col">Total impact</th>
        </tr>
      </thead>
      <tbody>
        {scales.map((s) => {
          const total = perScale[s.id] ?? 0;
          return (
            <tr key={s.id} data-scale={s.id}>
              <th scope="row">{s.label ?? s.id}</th>
              <td>
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(total / max) * 100}%` }} />
                </span>
                <span className="bar-value">{scaleTotal(total)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
