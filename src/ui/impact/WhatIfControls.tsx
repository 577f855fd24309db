import { useEffect, useId, useMemo, useState } from 'react';
import type { StoryLink } from '../../core/model/story';
import { applyWhatIf, setWhatIf, useDocument, useOverlay, useSelection, type ImpactView } from '../../state';

const MAX_CHOICES = 60;
const SETTLE_MS = 120;

interface Props {
  readonly impact: ImpactView;
  readonly titleOf: (id: string) => string;
}

/** Links worth asking "what if" about: the selected one first, then those at the ripple's source in its direction. */
function candidateLinks(links: readonly StoryLink[], impact: ImpactView, selected: readonly string[]): StoryLink[] {
  const picked = new Set(selected);
  const first = links.filter((l) => picked.has(l.id));
  const atSource = links.filter(
    (l) => !picked.has(l.id) && (impact.direction === 'forward' ? l.from === impact.sourceId : l.to === impact.sourceId),
  );
  return [...first, ...atSource].slice(0, MAX_CHOICES);
}

/**
 * "What if": change one link's strength hypothetically and see the ripple it would
 * give, without touching the story until Apply.
 */
export function WhatIfControls({ impact, titleOf }: Props) {
  const links = useDocument((d) => d.story.links);
  const selectedLinks = useSelection((s) => s.links);
  const whatIf = useOverlay((o) => o.whatIf);
  const choices = useMemo(() => candidateLinks(links, impact, selectedLinks), [links, impact, selectedLinks]);
  const [linkId, setLinkId] = useState<string | null>(null);
  const link = choices.find((l) => l.id === linkId) ?? choices[0];
  const [strength, setStrength] = useState<number | null>(null);
  const value = strength ?? link?.strength ?? 0;
  const linkFieldId = useId();
  const strengthId = useId();

  // The what-if follows the slider once it rests for a moment, so dragging does not flood the worker.
  useEffect(() => {
    if (!link || strength === null) return;
    const t = setTimeout(() => {
      if (strength === link.strength) setWhatIf(null);
      else
        setWhatIf({
          label: 'change link strength',
          ops: [{ kind: 'set-link-field', linkId: link.id, field: 'strength', value: strength }],
        });
    }, SETTLE_MS);
    return () => clearTimeout(t);
  }, [link, strength]);

  const reset = (): void => {
    setStrength(null);
    setWhatIf(null);
  };

  if (!link) {
    return <p className="muted small-text">Select a link, or show the impact of an event with links, to try a what-if.</p>;
  }
  const name = (l: StoryLink): string => `${titleOf(l.from)} → ${titleOf(l.to)}`;
  return (
    <div className="what-if">
      <div className="field">
        <label htmlFor={linkFieldId}>Link</label>
        <select
          id={linkFieldId}
          value={link.id}
          onChange={(e) => {
            setLinkId(e.target.value);
            reset();
          }}
        >
          {choices.map((l) => (
            <option key={l.id} value={l.id}>
              {name(l)} ({l.strength.toFixed(2)})
            </option>
          ))}
        </select>
      </div>
      <div className="impact-slider">
        <label htmlFor={strengthId}>What-if strength</label>
        <input
          id={strengthId}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={value}
          onChange={(e) => setStrength(Number(e.target.value))}
        />
        <output htmlFor={strengthId}>{value.toFixed(2)}</output>
      </div>
      {whatIf && (
        <p className="what-if-note" role="status">
          Previewing {name(link)} at strength {value.toFixed(2)} (now {link.strength.toFixed(2)}). Not applied.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="small"
          disabled={!whatIf}
          onClick={() => {
            if (applyWhatIf()) setStrength(null);
          }}
        >
          Apply change
        </button>
        <button type="button" className="small" disabled={!whatIf && strength === null} onClick={reset}>
          Reset what-if
        </button>
      </div>
    </div>
  );
}
