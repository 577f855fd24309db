/**
 * A read-only map made of an earlier map (never changed) and a few entries on top: the event
 * index of a story with events appended, without copying 100k entries per appended event.
 * Past FLATTEN_ABOVE entries on top it is copied into one plain map again.
 */
const FLATTEN_ABOVE = 4096;

export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly top: ReadonlyMap<K, V>,
  ) {}

  /** `base` with `entries` added (keys new to `base`). */
  static over<K, V>(base: ReadonlyMap<K, V>, entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
    const top = new Map<K, V>(base instanceof OverlayMap ? (base as OverlayMap<K, V>).top : []);
    const under = base instanceof OverlayMap ? (base as OverlayMap<K, V>).base : base;
    for (const [k, v] of entries) top.set(k, v);
    if (top.size > FLATTEN_ABOVE) return new Map<K, V>([...under, ...top]);
    return new OverlayMap(under, top);
  }

  /** The map under the entries on top. */
  get under(): ReadonlyMap<K, V> {
    return this.base;
  }

  /** The entries on top. */
  get added(): ReadonlyMap<K, V> {
    return this.top;
  }

  get size(): number {
    return this.base.size + this.top.size;
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.base.entries();
    yield* this.top.entries();
  }

  *keys(): MapIterator<K> {
    yield* this.base.keys();
    yield* this.top.keys();
  }

  *values(): MapIterator<V> {
    yield* this.base.values();
    yield* this.top.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
}
