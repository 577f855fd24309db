import { useId } from 'react';
import { setView, useShallow, useView } from '../../state';
import { anyFilter, NO_FILTERS } from './filter-events';

interface Props {
  readonly characters: readonly string[];
  /** Character id to name: the menu shows names, the filter keeps ids. */
  readonly names: ReadonlyMap<string, string>;
  readonly themes: readonly string[];
}

/** Text, character, theme and "has conflicts" filters of the Events outline, and one button to clear them all. */
export function OutlineFiltersBar({ characters, names, themes }: Props) {
  const f = useView(useShallow((v) => v.filters));
  const id = useId();
  const sorted = [...characters].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
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
          {sorted.map((c) => (
            <option key={c} value={c}>
              {names.get(c) ?? c}
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
      <div className="filter-foot">
        <label className="check">
          <input type="checkbox" checked={f.conflictsOnly} onChange={(e) => setView({ filters: { conflictsOnly: e.target.checked } })} />
          Has conflicts
        </label>
        {anyFilter(f) && (
          <button type="button" className="link-button" onClick={() => setView({ filters: NO_FILTERS })}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
