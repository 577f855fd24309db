import { OverlayMap } from './overlay-map';

/** Past this many shifts stacked (through appended entries), the map is copied into one plain map again. */
const FLATTEN_BELOW = 8;

function depthOf(map: ReadonlyMap<unknown, number>): number {
  if (map instanceof ShiftedMap) return map.depth;
  if (map instanceof OverlayMap) return depthOf((map as OverlayMap<unknown, number>).under);
  return 0;
}

/**
 * A read-only map from keys to positions, made of an earlier one (never changed) and the
 * positions' moves: the event index of a story with events removed, without copying 100k
 * entries per removed event. Shifts on shifts are composed into one table.
 */
export class ShiftedMap<K> implements ReadonlyMap<K, number> {
  private constructor(
    private readonly base: ReadonlyMap<K, number>,
    /** Each position of `base`'s, moved to (-1: gone). */
    private readonly moved: Int32Array,
    readonly size: number,
    readonly depth: number,
  ) {}

  /** `base` with its positions moved as `moved` says (-1: key gone). */
  static over<K>(base: ReadonlyMap<K, number>, moved: Int32Array): ReadonlyMap<K, number> {
    let gone = 0;
    for (let i = 0; i < moved.length; i++) if (moved[i]! < 0) gone++;
    const size = base.size - gone;
    if (base instanceof ShiftedMap) {
      const inner = base as ShiftedMap<K>;
      const composed = new Int32Array(inner.moved.length);
      for (let i = 0; i < composed.length; i++) {
        const p = inner.moved[i]!;
        composed[i] = p < 0 ? -1 : moved[p]!;
      }
      return new ShiftedMap(inner.base, composed, size, inner.depth);
    }
    const depth = depthOf(base) + 1;
    if (depth > FLATTEN_BELOW) {
      const flat = new Map<K, number>();
      for (const [k, p] of base) if (moved[p]! >= 0) flat.set(k, moved[p]!);
      return flat;
    }
    return new ShiftedMap(base, moved, size, depth);
  }

  get(key: K): number | undefined {
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
