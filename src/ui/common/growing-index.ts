/** Position by id in one list. */
export interface PositionIndex {
  get(id: string): number | undefined;
}

/**
 * The table lists share: an id's position in `newest`, the last list it was brought up to
 * date for. It may also hold ids of the end of an older, longer list (removed since).
 */
interface Table<T> {
  readonly map: Map<string, number>;
  newest: readonly T[];
}

/** An index of `items` that can pass its table on to the next list when that one only adds or drops items at the end. */
export interface GrowingIndex<T> extends PositionIndex {
  readonly items: readonly T[];
  /** @internal the shared table */
  readonly table: Table<T>;
}

/** Length of the common prefix of ids in place, or -1 when one list is not the other plus or minus items at the end. */
function sharedPrefix<T>(a: readonly T[], b: readonly T[], idOf: (item: T) => string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && idOf(a[i]!) !== idOf(b[i]!)) return -1;
  return n;
}

/**
 * Positions by id in `items`. The lists an editing session goes through mostly keep every id
 * in place (a field edit), or add items at the end (Add event, Redo) or drop them from the end
 * (its Undo): then `previous`'s table is carried over, and only the new ids are entered, where
 * a map of 20,000 entries was built again after each such edit. Every answer is checked
 * against the list asked about, so an id the table places right is answered at once; only an
 * id it cannot place (a new one, or one not in the list) brings the table up to this list,
 * comparing the two lists id by id (a loop over 20,000 events in the render after every edit,
 * when it was done up front). A list the table cannot follow makes its own map.
 */
export function growingIndex<T>(items: readonly T[], idOf: (item: T) => string, previous?: GrowingIndex<T> | null): GrowingIndex<T> {
  const table: Table<T> = previous ? previous.table : { map: new Map(items.map((item, k) => [idOf(item), k])), newest: items };
  /** This list's own map, made only if the table cannot follow it. */
  let own: Map<string, number> | null = null;
  const placed = (id: string): number | undefined => {
    const i = table.map.get(id);
    return i !== undefined && i < items.length && idOf(items[i]!) === id ? i : undefined;
  };
  return {
    items,
    table,
    get(id) {
      if (own) return own.get(id);
      const i = placed(id);
      if (i !== undefined || table.newest === items) return i;
      // The table holds every id of its newest list where it is; from there to this list, if only the end differs.
      const prefix = sharedPrefix(table.newest, items, idOf);
      if (prefix < 0) {
        own = new Map(items.map((item, k) => [idOf(item), k]));
        return own.get(id);
      }
      for (let k = prefix; k < items.length; k++) table.map.set(idOf(items[k]!), k);
      table.newest = items;
      return placed(id);
    },
  };
}
