interface Props {
  readonly tension: readonly number[];
}

const W = 260;
const H = 56;
const PAD = 4;

/** The tension so far: the intensities of the path's events in order, as a small line. */
export function TensionCurve({ tension }: Props) {
  const n = tension.length;
  const x = (i: number): number => (n <= 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (v: number): number => H - PAD - Math.max(0, Math.min(1, v)) * (H - 2 * PAD);
  const points = tension.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const words = n === 0 ? 'no events yet' : tension.map((v) => v.toFixed(2)).join(', ');
  return (
    <figure className="tension-curve">
      <figcaption>Tension so far</figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Tension so far: ${words}`}>
        <line x1={PAD} x2={W - PAD} y1={y(0)} y2={y(0)} className="tension-axis" />
        {n > 1 && <polyline points={points} className="tension-line" />}
        {tension.map((v, i) => (
          <circle key={i} cx={x(i)} cy={y(v)} r={3} className="tension-dot" />
        ))}
      </svg>
    </figure>
  );
}
