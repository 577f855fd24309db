import { memo } from 'react';

export interface DatalistEntry {
  readonly key: string;
  readonly value: string;
  readonly hint?: string;
}

/**
 * Suggestions for a text field, rendered only while the field is in use: a story of
 * thousands of events would otherwise put thousands of options in the page on every edit.
 */
export const LazyDatalist = memo(function LazyDatalist({ id, active, entries }: { id: string; active: boolean; entries: readonly DatalistEntry[] }) {
  return (
    <datalist id={id}>
      {active &&
        entries.map((e) => (
          <option key={e.key} value={e.value}>
            {e.hint}
          </option>
        ))}
    </datalist>
  );
});
