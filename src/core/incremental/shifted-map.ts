import { OverlayMap } from './overlay-map';

/** Past this many keys kept apart (inserted or appended since the last plain map), the map is copied into one plain map again. */
const FLATTEN_ABOVE = 4096;

/**
 * A read-only map from keys to positions, made of an earlier plain map (never changed), the
 * positions' moves and the few keys added since: the event index of a story with events
 * removed or inserted, without copying 100k entries per edit. Moves on moves are composed
 * into one table, so a lookup is never more than two steps.
 */
export class ShiftedMap<K> implements ReadonlyMap<K, number> {
  private constructor(
    private readonly base: ReadonlyMap<K, number>,
    /** Each position of `base`'s, moved to (-1: gone). */
    private readonly moved: Int32Array,
    /** Keys `base` does not place (added since), with their positions. */
    private readonly extra: ReadonlyMap<K, number>,
    readonly size: number,
  ) {}

  /**
   * `map` with its positions moved as `moved` says (-1: key gone) and the keys of `added`
   * (new to `map`) placed at their positions, which no moved position takes.
   */
  static over<K>(map: ReadonlyMap<K, number>, moved: Int32Array, added: Iterable<readonly [K, number]> = []): ReadonlyMap<K, number> {
    let gone = 0;
    for (let i = 0; i < moved.length; i++) if (moved[i]! < 0) gone++;
    const extra = new Map<K, number>();
    const carry = (entries: Iterable<readonly [K, number]>): void => {
      for (const [k, p] of entries) if (moved[p]! >= 0) extra.set(k, moved[p]!);
    };
    // Keys appended on top of the map are carried along as added keys.
    let under = map;
    const tops: ReadonlyMap<K, number>[] = [];
    while (under instanceof OverlayMap) {
      tops.push((under as OverlayMap<K, number>).added);
      under = (under as OverlayMap<K, number>).under;
    }
    let base = under;
    let composed = moved;
    if (under instanceof ShiftedMap) {
      const inner = under as ShiftedMap<K>;
      base = inner.base;
      composed = new Int32Array(inner.moved.length);
      for (let i = 0; i < composed.length; i++) {
        const p = inner.moved[i]!;
        composed[i] = p < 0 ? -1 : moved[p]!;
      }
      carry(inner.extra);
    }
    for (const top of tops) carry(top);
    let count = 0;
    for (const [k, p] of added) {
      extra.set(k, p);
      count++;
    }
    const size = map.size - gone + count;
    if (extra.size > FLATTEN_ABOVE) {
      const flat = new Map<K, number>();
      for (const [k, p] of base) if (composed[p]! >= 0) flat.set(k, composed[p]!);
      for (const [k, p] of extra) flat.set(k, p);
      return flat;
    }
    return new ShiftedMap(base, composed, extra, size);
  }

  get(key: K): number | undefined {
    const added = this.extra.get(key);
    if (added !== undefined) return added;
    const p = this.base.get(key);
    if (p === undefined) return undefined;
    const q = this.moved[p]!;
    return q < 0 ? undefined : q;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[K, number]> {
    for (const [k, p] of this.base) {
      const q = this.moved[p]!;
      if (q >= 0) yield [k, q];
    }
    yield* this.extra.entries();
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<number> {
    for (const [, q] of this.entries()) yield q;
  }

  [Symbol.iterator](): MapIterator<[K, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: K, map: ReadonlyMap<K, number>) => void): void {
    for (const [k, q] of this.entries()) callback(q, k, this);
  }
}
