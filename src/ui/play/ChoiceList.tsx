import { useEffect, useRef } from 'react';
import { choose, type PlayChoice } from '../../state';

interface Props {
  readonly choices: readonly PlayChoice[];
  readonly starting: boolean;
  readonly scaleLabel: (id: string) => string;
  readonly busy: boolean;
}

/** The next choices: buttons named by the events they lead to, with the target's scale and the link's strength beside them. */
export function ChoiceList({ choices, starting, scaleLabel, busy }: Props) {
  const section = useRef<HTMLElement>(null);
  // A choice made here replaces the buttons, the pressed one with them: the focus goes on to the
  // first of the next choices (or to the list, which then says the story ends), not to the page.
  // So does play just started: the first choice, not the toolbar, past every panel in reading order.
  const chosen = useRef(true);
  useEffect(() => {
    if (!chosen.current || busy) return;
    chosen.current = false;
    const list = section.current;
    (list?.querySelector<HTMLButtonElement>('.play-choice') ?? list)?.focus();
  }, [busy, choices]);
  return (
    <section ref={section} className="play-section" aria-label="Choices" aria-busy={busy} tabIndex={-1}>
      <h3>{starting ? 'Pick a start event' : 'Choices'}</h3>
      {choices.length === 0 ? (
        <p className="muted">{starting ? 'Every event has a link leading to it: there is no start event.' : 'The end: no link leads on from here.'}</p>
      ) : (
        <ul className="play-choices">
          {choices.map((c, i) => {
            const detail = `play-choice-${i}`;
            return (
              <li key={`${c.linkId ?? 'start'}-${c.target}`}>
                <button
                  type="button"
                  className="play-choice"
                  aria-describedby={detail}
                  disabled={busy}
                  onClick={() => {
                    chosen.current = true;
                    choose(c.target);
                  }}
                >
                  {c.title}
                </button>
                <span id={detail} className="play-choice-detail">
                  {scaleLabel(c.scale)}
                  {c.strength !== null && (
                    <>
                      {' · link '}
                      <span className="strength-bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(c.strength * 100)}%` }} />
                      </span>{' '}
                      {c.strength.toFixed(2)}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
