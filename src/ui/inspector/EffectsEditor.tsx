import { memo, useId, useState } from 'react';
import type { Effect } from '../../core/model/story';
import { edit } from '../../state';
import { storyUndoInField } from '../keyboard/field-undo';
import { parseRelationships, parseTraits, relationshipsToText, tidyEffect, traitsToText } from './effect-text';

interface Props {
  readonly eventId: string;
  readonly effects: Readonly<Record<string, Effect>>;
  readonly characters: readonly string[];
  /** A character's name for its id. */
  readonly nameOf: (id: string) => string;
}

function EffectRow({ eventId, character, name, effect }: { eventId: string; character: string; name: string; effect: Effect }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const traits = traitsToText(effect.traits);
  const relationships = relationshipsToText(effect.relationships);
  const save = (next: Effect) => edit({ kind: 'set-effect', eventId, character, effect: tidyEffect(next) });
  const commitText = (text: string, kind: 'traits' | 'relationships') => {
    const parsed = kind === 'traits' ? parseTraits(text) : parseRelationships(text);
    if (typeof parsed === 'string') {
      setError(parsed);
      return;
    }
    setError(null);
    if (text.trim() === (kind === 'traits' ? traits : relationships)) return;
    save({ ...effect, [kind]: parsed });
  };
  const alive = effect.alive === undefined ? '' : effect.alive ? 'alive' : 'dead';
  return (
    <fieldset className="effect">
      <legend title={name === character ? undefined : character}>
        {name}
        <button
          type="button"
          className="icon"
          aria-label={`Remove effect on ${name}`}
          onClick={() => edit({ kind: 'set-effect', eventId, character, effect: null })}
        >
          ×
        </button>
      </legend>
      <label htmlFor={`${id}-alive`}>Alive after this event</label>
      <select
        id={`${id}-alive`}
        value={alive}
        onChange={(e) => {
          const v = e.target.value;
          const rest: Effect = { ...(effect.traits ? { traits: effect.traits } : {}), ...(effect.relationships ? { relationships: effect.relationships } : {}) };
          save(v === '' ? rest : { ...rest, alive: v === 'alive' });
        }}
      >
        <option value="">unchanged</option>
        <option value="alive">alive</option>
        <option value="dead">dead</option>
      </select>
      <label htmlFor={`${id}-traits`}>Traits (name=0..1)</label>
      <input
        id={`${id}-traits`}
        type="text"
        defaultValue={traits}
        // A new stored value remounts the input with it; prefixed, as both inputs may be empty.
        key={`traits:${traits}`}
        placeholder="courage=0.8"
        onBlur={(e) => commitText(e.target.value, 'traits')}
        onKeyDown={(e) => storyUndoInField(e, e.currentTarget.value !== traits) || (e.key === 'Enter' && e.currentTarget.blur())}
      />
      <label htmlFor={`${id}-rel`}>Relationships</label>
      <input
        id={`${id}-rel`}
        type="text"
        defaultValue={relationships}
        key={`relationships:${relationships}`}
        placeholder="tom=ally"
        onBlur={(e) => commitText(e.target.value, 'relationships')}
        onKeyDown={(e) => storyUndoInField(e, e.currentTarget.value !== relationships) || (e.key === 'Enter' && e.currentTarget.blur())}
      />
      {error && (
        <span className="field-error" role="status">
          {error}
        </span>
      )}
    </fieldset>
  );
}

/**
 * What the event does to each character: alive or dead, trait values, relationships.
 * Memoised: its menu lists every character without an effect (2,000 in a dense 20,000-event
 * story), and React set each option's selected state again after every edit of another field.
 * For the same reason the menu holds only its current choice until it is first used.
 */
export const EffectsEditor = memo(function EffectsEditor({ eventId, effects, characters, nameOf }: Props) {
  const id = useId();
  const entries = Object.entries(effects);
  const free = characters.filter((c) => !(c in effects));
  const [pick, setPick] = useState('');
  // The menu's other options are made when it is first focused or pressed (before it opens).
  const [wanted, setWanted] = useState(false);
  const target = pick && free.includes(pick) ? pick : (free[0] ?? '');
  const listed = wanted || !target ? free : [target];
  return (
    <fieldset className="field">
      <legend>Effects</legend>
      {entries.length === 0 && <p className="muted">none</p>}
      {entries.map(([c, e]) => (
        <EffectRow key={c} eventId={eventId} character={c} name={nameOf(c)} effect={e} />
      ))}
      {free.length > 0 && (
        <div className="inline-add">
          <label htmlFor={`${id}-who`} className="visually-hidden">
            Character for a new effect
          </label>
          <select id={`${id}-who`} value={target} onChange={(e) => setPick(e.target.value)} onFocus={() => setWanted(true)} onPointerDown={() => setWanted(true)}>
            {listed.map((c) => (
              <option key={c} value={c}>
                {nameOf(c)}
              </option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => target && edit({ kind: 'set-effect', eventId, character: target, effect: {} })}>
            Add effect
          </button>
        </div>
      )}
    </fieldset>
  );
});
