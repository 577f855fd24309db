import type { Conflict } from '../../state';
import { conflictTypeName } from '../words/conflict-type-name';

interface Props {
  readonly conflicts: readonly Conflict[];
  readonly busy: boolean;
}

/** The conflicts the path has run into so far (active conflicts naming a path event). */
export function PathConflicts({ conflicts, busy }: Props) {
  return (
    <section className="play-section" aria-label="Path conflicts" aria-busy={busy}>
      <h3>
        Path conflicts <span className="muted">({conflicts.length})</span>
      </h3>
      <ul className="path-conflicts" aria-label="Conflicts met on the path">
        {conflicts.map((c) => (
          <li key={c.id} data-conflict-id={c.id} data-conflict-type={c.type} className={`cat-${c.category}`}>
            <span className="conflict-type">{conflictTypeName(c.type)}</span> {c.message}
          </li>
        ))}
      </ul>
      {conflicts.length === 0 && <p className="muted">None met yet.</p>}
    </section>
  );
}
