/**
 * The position of each id in a list of unique string ids, as a read-only map, kept in one
 * open-addressing table of typed arrays sized once.
 *
 * Why not a Map: V8's Map and Set chain their entries through heap objects and grow by
 * rehashing. On the 2-core bench machine a story of 100k events and 300k links spent about
 * 110 ms putting its link ids into a Set and 80 ms building and querying its event id Map
 * (mostly cache misses and growth); this table does the same in a fraction of that. Ids come
 * from the user's own file, so there is no adversary to defend the hash against.
 */
export class IdPositions implements ReadonlyMap<string, number> {
  private constructor(
    private readonly ids: readonly string[],
    /** Each id's hash, by position: most probes end on a hash mismatch without comparing strings. */
    private readonly hashes: Int32Array,
    /** Position + 1 of the id in each slot, 0 for an empty slot. */
    private readonly slots: Int32Array,
  ) {}

  /** The positions of `ids`, or null when an id occurs twice. The map keeps `ids`: do not change it. */
  static of(ids: readonly string[]): IdPositions | null {
    const hashes = new Int32Array(ids.length);
    const slots = new Int32Array(tableSize(ids.length));
    const mask = slots.length - 1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const h = hashOf(id);
      hashes[i] = h;
      let s = h & mask;
      for (let at = slots[s]!; at !== 0; at = slots[s]!) {
        if (hashes[at - 1] === h && ids[at - 1] === id) return null;
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
    return new IdPositions(ids, hashes, slots);
  }

  get size(): number {
    return this.ids.length;
  }

  get(id: string): number | undefined {
    const { ids, hashes, slots } = this;
    const mask = slots.length - 1;
    const h = hashOf(id);
    let s = h & mask;
    for (let at = slots[s]!; at !== 0; at = slots[s]!) {
      if (hashes[at - 1] === h && ids[at - 1] === id) return at - 1;
      s = (s + 1) & mask;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(callback: (position: number, id: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) callback.call(thisArg, i, this.ids[i]!, this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, i];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.ids.length; i++) yield i;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'IdPositions';
  }
}

/**
 * Below this many ids, V8's own Map and Set: their hashing is native code, which wins while
 * the calling code is not yet optimised (a one-shot `nao check` of a story under 15k events
 * runs in V8's baseline tier, src/cli/tiering.ts). Measured cold on the bench machine: 10k
 * events, 13 ms with a Map against 24 ms with this table; the 27k link ids of a 10k dense
 * story, 1.7-2.4 ms into a Set against 7.4-13 ms into the table. Once optimised the two are
 * within a few milliseconds of each other up to here; the table's edge is at 100k ids and more.
 */
const TABLE_FROM = 65_536;

/** The position of each id of `ids`, or null when an id occurs twice. Keeps `ids`: do not change it. */
export function positionsOf(ids: readonly string[]): ReadonlyMap<string, number> | null {
  if (ids.length >= TABLE_FROM) return IdPositions.of(ids);
  const map = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    map.set(ids[i]!, i);
    if (map.size === i) return null;
  }
  return map;
}

/** Whether some id occurs twice in `ids`. */
export function hasRepeatedId(ids: readonly string[]): boolean {
  if (ids.length >= TABLE_FROM) return IdPositions.of(ids) === null;
  return new Set(ids).size !== ids.length;
}

/** A power of two at least twice `n`: linear probing stays short at half load. */
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/** FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) depend on every unit. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
