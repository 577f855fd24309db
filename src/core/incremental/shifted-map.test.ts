import { describe, expect, it } from 'vitest';
import { OverlayMap } from './overlay-map';
import { ShiftedMap } from './shifted-map';

const moves = (n: number, removed: readonly number[]): Int32Array => {
  const moved = new Int32Array(n);
  let r = 0;
  for (let i = 0; i < n; i++) moved[i] = removed.includes(i) ? (r++, -1) : i - r;
  return moved;
};

describe('ShiftedMap', () => {
  it('gives each key its position after removals, stacked with appended keys', () => {
    const base = new Map(['a', 'b', 'c', 'd'].map((k, i) => [k, i] as const));
    const once = ShiftedMap.over(base, moves(4, [1]));
    expect([...once]).toEqual([['a', 0], ['c', 1], ['d', 2]]);
    const twice = ShiftedMap.over(once, moves(3, [0]));
    expect([twice.get('a'), twice.get('b'), twice.get('c'), twice.get('d'), twice.size]).toEqual([undefined, undefined, 0, 1, 2]);
    const appended = OverlayMap.over(twice, [['e', 2]]);
    let map: ReadonlyMap<string, number> = appended;
    // Many removals and appends in turn still read the same as a plain map.
    for (let k = 0; k < 12; k++) {
      map = ShiftedMap.over(map, moves(map.size, [0]));
      map = OverlayMap.over(map, [[`x${k}`, map.size]]);
    }
    const plain = new Map([...map]);
    expect(plain.size).toBe(map.size);
    for (const [key, p] of plain) expect(map.get(key)).toBe(p);
    expect([...plain.values()].sort((a, b) => a - b)).toEqual([...Array(map.size).keys()]);
  });

  it('places keys inserted among the others, and a key removed and put back, over removals and appends', () => {
    // Each old position's new one when keys go in at `at` (new positions, ascending).
    const opens = (n: number, at: readonly number[]): Int32Array => {
      const moved = new Int32Array(n);
      let shift = 0;
      for (let i = 0; i < n; i++) {
        while (shift < at.length && at[shift]! <= i + shift) shift++;
        moved[i] = i + shift;
      }
      return moved;
    };
    const base = new Map(['a', 'b', 'c', 'd'].map((k, i) => [k, i] as const));
    const inserted = ShiftedMap.over(base, opens(4, [1, 3]), [['x', 1], ['y', 3]]);
    expect([...inserted].sort((p, q) => p[1] - q[1])).toEqual([['a', 0], ['x', 1], ['b', 2], ['y', 3], ['c', 4], ['d', 5]]);
    // `b` removed, then put back at 0 (an undone removal elsewhere), then an appended key and more moves.
    const removed = ShiftedMap.over(inserted, moves(6, [2]));
    expect(removed.get('b')).toBeUndefined();
    const back = ShiftedMap.over(removed, opens(5, [0]), [['b', 0]]);
    const appended = OverlayMap.over(back, [['z', 6]]);
    const last = ShiftedMap.over(appended, moves(7, [1]), []);
    const expected = [['b', 0], ['x', 1], ['y', 2], ['c', 3], ['d', 4], ['z', 5]] as const;
    expect([...last].sort((p, q) => p[1] - q[1])).toEqual(expected);
    expect(last.size).toBe(6);
    for (const [key, p] of expected) expect(last.get(key)).toBe(p);
    expect(last.has('a')).toBe(false);
  });
});
