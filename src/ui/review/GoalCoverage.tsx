import type { ThemeTrack } from '../../core/review/goal-coverage';
import { useGoalCoverage } from '../../state';
import { pickEvent } from './TensionCurve';

const TREND_WORDS: Readonly<Record<ThemeTrack['trend'], string>> = {
  absent: 'never appears',
  once: 'appears once',
  rising: 'grows stronger over time',
  falling: 'fades over time',
  steady: 'stays about as strong',
};

/** Events listed per theme; the rest are counted (the per-scale line and the report carry them all). */
const SHOWN_HITS = 40;

function Hits({ track }: { readonly track: ThemeTrack }) {
  if (track.hits.length === 0) return <span className="muted">no event</span>;
  const more = track.hits.length - SHOWN_HITS;
  return (
    <ul className="theme-hits">
      {track.hits.slice(0, SHOWN_HITS).map((h) => (
        <li key={h.id}>
          <button type="button" className="link-button" onClick={() => pickEvent(h.id)}>
            {h.title}
          </button>{' '}
          <span className="muted">
            t={h.time}, {h.scale}, strength {h.strength}
          </span>
        </li>
      ))}
      {more > 0 && <li className="muted">and {more} more events</li>}
    </ul>
  );
}

/** Per goal: where it appears, how it develops, on which scales; per avoided theme: every event that touches it. */
export function GoalCoverage() {
  const { goals, avoided } = useGoalCoverage();
  return (
    <section className="review-card goal-coverage" role="region" aria-labelledby="goal-coverage-title">
      <h3 id="goal-coverage-title">Goal coverage</h3>
      {goals.length === 0 && <p className="muted">No goals are set. Add goals in the therapy profile.</p>}
      {goals.map((g) => (
        <article key={g.theme} className="theme-track" data-goal={g.theme}>
          <h4>
            {g.theme}: <span className={g.hits.length === 0 ? 'missing' : undefined}>{TREND_WORDS[g.trend]}</span>
            {g.hits.length > 0 && (g.reachesCoarser ? ', reaches the larger arcs' : ', only in the finest scale')}
          </h4>
          <p className="per-scale muted">
            {g.perScale.map((s) => `${s.label}: ${s.events === 0 ? '—' : `${s.events} (up to ${s.strongest})`}`).join(' · ')}
          </p>
          <Hits track={g} />
        </article>
      ))}
      <h4>Avoided themes</h4>
      {avoided.length === 0 && <p className="muted">No themes are avoided.</p>}
      {avoided.map((a) => (
        <article key={a.theme} className="theme-track avoided" data-avoided={a.theme}>
          <h5>
            {a.theme}: {a.hits.length === 0 ? 'no event touches it' : `${a.hits.length} ${a.hits.length === 1 ? 'event touches' : 'events touch'} it`}
          </h5>
          <Hits track={a} />
        </article>
      ))}
    </section>
  );
}
