import type { StoryIndex } from '../../analysis/story-index';
import { Interner } from './interner';

/**
 * The themes each event carries (level > 0), with theme names numbered, by event index:
 * the themes of event i are entries [start[i], start[i + 1]).
 */
export interface ThemeTable {
  /** Name of each theme number. */
  readonly names: readonly string[];
  /** Number of each theme name. */
  readonly idOf: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  readonly theme: Int32Array;
  readonly level: Float64Array;
}

const tables = new WeakMap<StoryIndex, ThemeTable>();

/**
 * The theme table of an indexed story, built on first use and shared by the theme rules of the
 * same analysis. Reading each event's few themes once is much cheaper than probing every event
 * for every theme a rule cares about. The pass goes in file order, as for the cast table.
 */
export function themeTable(ix: StoryIndex): ThemeTable {
  const cached = tables.get(ix);
  if (cached !== undefined) return cached;
  const n = ix.n;
  const names = new Interner();
  const start = new Int32Array(n + 1);
  const theme: number[] = [];
  const level: number[] = [];
  for (let i = 0; i < n; i++) {
    const themes = ix.events[i]!.themes;
    for (const x in themes) {
      const value = themes[x]!;
      if (!(value > 0)) continue;
      theme.push(names.id(x));
      level.push(value);
    }
    start[i + 1] = theme.length;
  }
  const table: ThemeTable = {
    names: names.names,
    idOf: names.idOf,
    start,
    theme: Int32Array.from(theme),
    level: Float64Array.from(level),
  };
  tables.set(ix, table);
  return table;
}
