import { lazy, Suspense, useId, useMemo } from 'react';
import { setArcCharacter, useAnalysis, useCharacterArc, useDocument, useReview, useStoryCharacters } from '../../state';
import { pickEvent } from './TensionCurve';
import { findEvent } from '../common/event-lookup';
import { characterNames } from '../outline/filter-events';

const ArcChart = lazy(() => import('./ArcChart'));

/** For a chosen character: traits and relationships over time, with the character conflicts marked. */
export function CharacterArcs() {
  const id = useId();
  const characters = useStoryCharacters();
  const chosen = useReview((r) => r.arcCharacter);
  const character = chosen && characters.includes(chosen) ? chosen : (characters[0] ?? '');
  const arc = useCharacterArc(character);
  const events = useDocument((d) => d.story.events);
  // Shown by name where the story gives one (Story settings), as everywhere a person reads about a character.
  const declared = useDocument((d) => d.story.characters);
  const names = useMemo(() => characterNames(declared), [declared]);
  const nameOf = (c: string): string => names.get(c) ?? c;
  const analysis = useAnalysis();
  const conflicts = useMemo(
    () =>
      (analysis.data?.conflicts ?? []).filter(
        (c) => c.category === 'character' && c.subjects.some((s) => 'character' in s && s.character === character),
      ),
    [analysis.data, character],
  );
  const conflictTimes = useMemo(
    () => conflicts.flatMap((c) => c.events.slice(-1).map((e) => findEvent(events, e)?.time ?? 0)),
    [conflicts, events],
  );
  return (
    <section className="review-card character-arcs" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Character arcs</h3>
      {characters.length === 0 ? (
        <p className="muted">No characters in this story.</p>
      ) : (
        <>
          <label htmlFor={`${id}-pick`}>Character</label>{' '}
          <select id={`${id}-pick`} value={character} onChange={(e) => setArcCharacter(e.target.value)}>
            {characters.map((c) => (
              <option key={c} value={c}>
                {nameOf(c)}
              </option>
            ))}
          </select>
          {arc && arc.traits.length > 0 && (
            <Suspense fallback={<p className="muted">Loading the chart…</p>}>
              <ArcChart arc={arc} conflictTimes={conflictTimes} />
            </Suspense>
          )}
          {arc && (
            <ul className="arc-lines">
              {arc.traits.map((t) => (
                <li key={t.trait}>
                  <strong>{t.trait}</strong>: {t.points.map((p) => `${p.value} (t=${p.time})`).join(' → ')}
                </li>
              ))}
              {arc.relationships.map((r) => (
                <li key={r.other}>
                  <strong>towards {nameOf(r.other)}</strong>: {r.points.map((p) => `${p.value} (t=${p.time})`).join(' → ')}
                </li>
              ))}
              {arc.traits.length === 0 && arc.relationships.length === 0 && <li className="muted">No event changes this character’s traits or relationships.</li>}
            </ul>
          )}
          {conflicts.length > 0 && (
            <ul className="arc-conflicts" aria-label={`Conflicts of ${nameOf(character)}`}>
              {conflicts.map((c) => (
                <li key={c.id} data-conflict-type={c.type}>
                  <button type="button" className="link-button" onClick={() => pickEvent(c.events[c.events.length - 1]!)}>
                    {c.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
