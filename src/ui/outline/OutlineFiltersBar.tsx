import { useId } from 'react';
import { setView, useShallow, useView } from '../../state';

interface Props {
  readonly characters: readonly string[];
  readonly themes: readonly string[];
}

/** Text, character, theme and "has conflicts" filters of the Events outline. */
export function OutlineFiltersBar({ characters, themes }: Props) {
  const f = useView(useShallow((v) => v.filters));
  const id = useId();
  return (
    <div className="outline-filters" role="search" aria-label="Event filters">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Filter events
      </label>
      <input
        id={`${id}-text`}
        type="search"
        placeholder="Filter by title, place, tag…"
        value={f.text}
        onChange={(e) => setView({ filters: { text: e.target.value } })}
      />
      <div className="filter-row">
        <label htmlFor={`${id}-char`} className="visually-hidden">
          Filter by character
        </label>
        <select id={`${id}-char`} value={f.character} onChange={(e) => setView({ filters: { character: e.target.value } })}>
          <option value="">Any character</option>
          {characters.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-theme`} className="visually-hidden">
          Filter by theme
        </label>
        <select id={`${id}-theme`} value={f.theme} onChange={(e) => setView({ filters: { theme: e.target.value } })}>
          <option value="">Any theme</option>
          {themes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={f.conflictsOnly} onChange={(e) => setView({ filters: { conflictsOnly: e.target.checked } })} />
        Has conflicts
      </label>
    </div>
  );
}
