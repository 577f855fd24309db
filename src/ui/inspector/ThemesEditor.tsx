import { memo, useId, useMemo, useState } from 'react';
import { LazyDatalist } from '../common/LazyDatalist';
import { edit } from '../../state';
import { storyUndoInField } from '../keyboard/field-undo';

interface Props {
  readonly eventId: string;
  readonly themes: Readonly<Record<string, number>>;
  readonly suggestions: readonly string[];
}

function clamp01(v: number): number | null {
  return Number.isFinite(v) && v >= 0 && v <= 1 ? v : null;
}

/** The event's themes with their intensities in [0, 1]: change, remove, add. */
export const ThemesEditor = memo(function ThemesEditor({ eventId, themes, suggestions }: Props) {
  const listId = useId();
  const [name, setName] = useState('');
  const [level, setLevel] = useState('0.5');
  const [focused, setFocused] = useState(false);
  const suggested = useMemo(() => suggestions.map((s) => ({ key: s, value: s })), [suggestions]);
  const entries = Object.entries(themes);
  const add = () => {
    const theme = name.trim();
    const v = clamp01(Number(level));
    if (!theme || v === null) return;
    edit({ kind: 'set-theme', eventId, theme, intensity: v });
    setName('');
  };
  return (
    <fieldset className="field">
      <legend>Themes</legend>
      {entries.length === 0 && <p className="muted">none</p>}
      <ul className="rows">
        {entries.map(([theme, v]) => (
          <li key={theme} className="row">
            <span className="row-name">{theme}</span>
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              aria-label={`Theme ${theme}`}
              defaultValue={v}
              key={`${theme}:${v}`}
              onBlur={(e) => {
                const nv = clamp01(Number(e.target.value));
                if (nv !== null && nv !== v) edit({ kind: 'set-theme', eventId, theme, intensity: nv });
              }}
              onKeyDown={(e) => {
                if (storyUndoInField(e, e.currentTarget.value !== String(v))) return;
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <button type="button" className="icon" aria-label={`Remove theme ${theme}`} onClick={() => edit({ kind: 'set-theme', eventId, theme, intensity: null })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <input
          type="text"
          aria-label="New theme"
          list={listId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          placeholder="theme"
        />
        <LazyDatalist id={listId} active={focused} entries={suggested} />
        <input type="number" aria-label="New theme level" min={0} max={1} step={0.05} value={level} onChange={(e) => setLevel(e.target.value)} className="narrow" />
        <button type="button" className="small" onClick={add} disabled={!name.trim()}>
          Add theme
        </button>
      </div>
    </fieldset>
  );
});
