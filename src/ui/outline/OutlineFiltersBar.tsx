import { useId, useMemo } from 'react';
import type { Story } from '../../core/model/story';
import { setView, useShallow, useView } from '../../state';
import { anyFilter, characterNames, NO_FILTERS } from './filter-events';
import { sharedVocabulary } from './story-vocabulary';

interface Props {
  readonly events: Story['events'];
  readonly declared: Story['characters'];
}

/**
 * Text, character, theme and "has conflicts" filters of the Events outline, and one button to clear them all.
 * A component of its own, given the deferred events, so that its menus follow an edit after the edit itself is shown.
 */
export function OutlineFiltersBar({ events, declared }: Props) {
  // Kept across edits and shared with the Inspector (story-vocabulary.ts): an edit moves the counts of the events it changed only.
  const { characters, themes } = useMemo(() => sharedVocabulary({ events, characters: declared }), [events, declared]);
  // Character id to name: the menu shows names, the filter keeps ids.
  const names = useMemo(() => characterNames(declared), [declared]);
  const f = useView(useShallow((v) => v.filters));
  const id = useId();
  // The menus' options as elements kept across renders: an edit re-renders this bar, and a story
  // with 2,000 characters would otherwise have React compare 2,000 new options each time.
  const characterOptions = useMemo(
    () =>
      [...characters]
        .sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b))
        .map((c) => (
          <option key={c} value={c}>
            {names.get(c) ?? c}
          </option>
        )),
    [characters, names],
  );
  const themeOptions = useMemo(
    () =>
      themes.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      )),
    [themes],
  );
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
          {characterOptions}
        </select>
        <label htmlFor={`${id}-theme`} className="visually-hidden">
          Filter by theme
        </label>
        <select id={`${id}-theme`} value={f.theme} onChange={(e) => setView({ filters: { theme: e.target.value } })}>
          <option value="">Any theme</option>
          {themeOptions}
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
