import type { PositionIndex } from '../common/growing-index';

/**
 * One column of a lanes layout (positions or weights) as a read-only map by event id, read from
 * the layout's own array. A layout of 20,000 events is then a view, not a map of 20,000 entries
 * built for each edit (11 ms when a time edit moved half the events, and a 60 ms copy every
 * twelfth edit while such maps were layered). Two columns over the same id list name the ids
 * whose values differ by comparing their arrays.
 */
export class LaneColumn<V> implements ReadonlyMap<string, V> {
  /**
   * `index` gives each id's place in `ids`; columns of layouts with the same id list share it.
   * `width` numbers per event in `numbers`; `read` makes the value of the event at an index.
   */
  constructor(
    private readonly ids: readonly string[],
    private readonly index: PositionIndex,
    private readonly numbers: Float64Array,
    private readonly width: number,
    private readonly read: (values: Float64Array, index: number) => V,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  get(id: string): V | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.read(this.numbers, i);
  }

  has(id: string): boolean {
    return this.index.get(id) !== undefined;
  }

  /**
   * The ids whose value differs from `older`'s: compared place by place when both are columns
   * of the same id list, or of lists where one has events added or dropped at the end (an id
   * at another place, or only in one of them, counts as changed); undefined for other lists.
   */
  changedSince(older: ReadonlyMap<string, unknown>): ReadonlySet<string> | undefined {
    if (!(older instanceof LaneColumn) || older.width !== this.width) return undefined;
    const changed = new Set<string>();
    if (older === this) return changed;
    const sameIds = older.index === this.index;
    if (!sameIds && older.ids.length === this.ids.length) return undefined;
    const a = older.numbers;
    const b = this.numbers;
    const w = this.width;
    const n = Math.min(older.ids.length, this.ids.length);
    for (let i = 0; i < n; i++) {
      if (!sameIds && older.ids[i] !== this.ids[i]) {
        changed.add(older.ids[i]!);
        changed.add(this.ids[i]!);
        continue;
      }
      for (let k = w * i; k < w * i + w; k++) {
        if (a[k] !== b[k]) {
          changed.add(this.ids[i]!);
          break;
        }
      }
    }
    for (let i = n; i < this.ids.length; i++) changed.add(this.ids[i]!);
    for (let i = n; i < older.ids.length; i++) changed.add(older.ids[i]!);
    return changed;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [id, v] of this.entries()) callback(v, id, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.read(this.numbers, i)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.ids.length; i++) yield this.read(this.numbers, i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** Whether two columns' arrays hold the same numbers. */
export function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
