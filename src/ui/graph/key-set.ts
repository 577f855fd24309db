/** The keys of a map as a read-only set, without copying them (the map must not change, as LayeredMaps never do). */
class KeySet<K> implements ReadonlySet<K> {
  constructor(private readonly map: ReadonlyMap<K, unknown>) {}

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(callback: (value: K, key: K, set: ReadonlySet<K>) => void, thisArg?: unknown): void {
    for (const k of this.map.keys()) callback.call(thisArg, k, k, this);
  }

  keys(): SetIterator<K> {
    return this.map.keys();
  }

  values(): SetIterator<K> {
    return this.map.keys();
  }

  *entries(): SetIterator<[K, K]> {
    for (const k of this.map.keys()) yield [k, k];
  }

  [Symbol.iterator](): SetIterator<K> {
    return this.map.keys();
  }
}

export function keySet<K>(map: ReadonlyMap<K, unknown>): ReadonlySet<K> {
  return new KeySet(map);
}
