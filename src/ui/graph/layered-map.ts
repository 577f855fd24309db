const GONE: unique symbol = Symbol('gone');

/** Lookups through this many layers before the layers are merged into one. */
const MAX_DEPTH = 12;

/** Past this share of the bottom map, merged layers are flattened into a new map instead. */
const MAX_MERGED_SHARE = 1 / 2;

/**
 * An immutable map made of a few changes over an earlier map: `with(changes)` costs the
 * size of the changes, not of the map (copying a 20,000-entry Map takes about 6 ms, and
 * the canvas projection changes a few entries several times per edit). Lookups walk at
 * most MAX_DEPTH layers; deeper, the layers are merged into one (compacted). Iteration flattens.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private flat: Map<K, V> | null;

  private constructor(
    private readonly base: LayeredMap<K, V> | null,
    private readonly delta: ReadonlyMap<K, V | typeof GONE>,
    private readonly depth: number,
    readonly size: number,
    flat: Map<K, V> | null,
  ) {
    this.flat = flat;
  }

  /** A map holding `entries`. */
  static of<K, V>(entries: Iterable<readonly [K, V]> = []): LayeredMap<K, V> {
    const flat = new Map<K, V>();
    for (const [k, v] of entries) flat.set(k, v);
    return new LayeredMap<K, V>(null, new Map(), 0, flat.size, flat);
  }

  /**
   * This map with `changes` applied: a value sets its key, undefined removes it. A caller that
   * knows the resulting `size` passes it: then no key is looked up through the layers, which
   * was most of the cost when an edit moved 10,000 of 20,000 events.
   */
  with(changes: ReadonlyMap<K, V | undefined>, knownSize?: number): LayeredMap<K, V> {
    if (changes.size === 0) return this;
    // Over an empty map (the first projection of a story) the changes are the whole map: a layer
    // over nothing would be copied into a map of its own a dozen edits later.
    if (this.size === 0 && this.flat !== null) return LayeredMap.of([...changes].filter((e): e is [K, V] => e[1] !== undefined));
    const delta = new Map<K, V | typeof GONE>();
    let size = this.size;
    if (knownSize !== undefined) {
      for (const [k, v] of changes) delta.set(k, v === undefined ? GONE : v);
      size = knownSize;
    } else {
      for (const [k, v] of changes) {
        const had = this.has(k);
        if (v === undefined) {
          if (had) {
            delta.set(k, GONE);
            size--;
          }
        } else {
          delta.set(k, v);
          if (!had) size++;
        }
      }
    }
    const next = new LayeredMap<K, V>(this, delta, this.depth + 1, size, null);
    if (next.depth <= MAX_DEPTH) return next;
    return next.compacted();
  }

  /**
   * This map with its layers merged into one over the bottom map, which is shared, not copied:
   * copying the bottom map (80,000 entries at 20,000 events) every MAX_DEPTH edits was a 60 ms
   * task when each edit moved 10,000 events. Only when the merged changes are a large share of
   * the bottom map is everything flattened into a new map (that only the result holds).
   */
  private compacted(): LayeredMap<K, V> {
    const layers: LayeredMap<K, V>[] = [this];
    let bottom = this.base;
    while (bottom !== null && bottom.flat === null) {
      layers.push(bottom);
      bottom = bottom.base;
    }
    if (bottom === null || layers.length === 1) return this;
    // The newest value of each key wins: merged from the oldest layer up.
    const merged = new Map<K, V | typeof GONE>();
    for (let i = layers.length - 1; i >= 0; i--) for (const [k, v] of layers[i]!.delta) merged.set(k, v);
    if (merged.size > bottom.size * MAX_MERGED_SHARE) return new LayeredMap<K, V>(null, new Map(), 0, this.size, this.materialise());
    // Lookups stop at the first layer with a whole map, so the depth counts from there.
    return new LayeredMap<K, V>(bottom, merged, 1, this.size, null);
  }

  get(key: K): V | undefined {
    return this.flat ? this.flat.get(key) : LayeredMap.lookup(this, key);
  }

  private static lookup<K, V>(top: LayeredMap<K, V>, key: K): V | undefined {
    for (let m: LayeredMap<K, V> | null = top; m !== null; m = m.base) {
      if (m.flat) return m.flat.get(key);
      const v = m.delta.get(key);
      if (v === GONE) return undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The keys whose value may differ between `older` and this map, when this map was made
   * from `older` by `with` calls (the layers in between are kept); undefined when it was not,
   * or when they were flattened on the way (every MAX_DEPTH changes): then compare everything.
   */
  changedSince(older: ReadonlyMap<K, V>): ReadonlySet<K> | undefined {
    return LayeredMap.keysBetween(this, older);
  }

  private static keysBetween<K, V>(top: LayeredMap<K, V>, older: ReadonlyMap<K, V>): ReadonlySet<K> | undefined {
    const keys = new Set<K>();
    for (let m: LayeredMap<K, V> | null = top; m !== null; m = m.base) {
      if (m === older) return keys;
      if (m.base === null) return undefined;
      for (const k of m.delta.keys()) keys.add(k);
    }
    return undefined;
  }

  private materialise(): Map<K, V> {
    if (this.flat) return this.flat;
    this.flat = LayeredMap.flatten(this);
    return this.flat;
  }

  private static flatten<K, V>(top: LayeredMap<K, V>): Map<K, V> {
    const layers: LayeredMap<K, V>[] = [];
    let m: LayeredMap<K, V> | null = top;
    while (m !== null && m.flat === null) {
      layers.push(m);
      m = m.base;
    }
    const flat = new Map<K, V>(m?.flat ?? []);
    for (let i = layers.length - 1; i >= 0; i--) {
      for (const [k, v] of layers[i]!.delta) {
        if (v === GONE) flat.delete(k);
        else flat.set(k, v);
      }
    }
    return flat;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.materialise()) callback(v, k, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.materialise().entries();
  }

  keys(): MapIterator<K> {
    return this.materialise().keys();
  }

  values(): MapIterator<V> {
    return this.materialise().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
