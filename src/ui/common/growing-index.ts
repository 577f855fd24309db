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
 * against the list asked about; an older list asked after the table moved on makes its own map.
 */
export function growingIndex<T>(items: readonly T[], idOf: (item: T) => string, previous?: GrowingIndex<T> | null): GrowingIndex<T> {
  const prefix = previous && previous.table.newest === previous.items ? sharedPrefix(previous.items, items, idOf) : -1;
  let table: Table<T>;
  if (previous && prefix >= 0) {
    table = previous.table;
    for (let i = prefix; i < items.length; i++) table.map.set(idOf(items[i]!), i);
    table.newest = items;
  } else {
    const map = new Map<string, number>();
    for (let i = 0; i < items.length; i++) map.set(idOf(items[i]!), i);
    table = { map, newest: items };
  }
  /** This list's own map, made only if the table has moved on in a way it cannot answer for. */
  let own: Map<string, number> | null = null;
  return {
    items,
    table,
    get(id) {
      if (own) return own.get(id);
      const i = table.map.get(id);
      if (i !== undefined && i < items.length && idOf(items[i]!) === id) return i;
      if (table.newest === items) return undefined;
      own = new Map(items.map((item, k) => [idOf(item), k]));
      return own.get(id);
    },
  };
}
