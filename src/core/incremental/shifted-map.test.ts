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
});
