import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map';

describe('a map built from small changes', () => {
  it('answers like a plain map after any sequence of sets and removals, old versions unchanged', () => {
    const plain = new Map<string, number>();
    let layered = LayeredMap.of<string, number>();
    const versions: [LayeredMap<string, number>, Map<string, number>][] = [];
    // Enough steps to pass the flattening depth several times.
    for (let step = 0; step < 60; step++) {
      const changes = new Map<string, number | undefined>();
      for (let k = 0; k < 5; k++) {
        const key = `k${(step * 7 + k * 13) % 40}`;
        const value = (step + k) % 4 === 0 ? undefined : step * 10 + k;
        changes.set(key, value);
      }
      for (const [key, value] of changes) {
        if (value === undefined) plain.delete(key);
        else plain.set(key, value);
      }
      layered = layered.with(changes);
      versions.push([layered, new Map(plain)]);
    }
    for (const [map, expected] of versions) {
      expect(map.size).toBe(expected.size);
      expect(new Map(map)).toEqual(expected);
      for (let i = 0; i < 40; i++) expect(map.get(`k${i}`)).toBe(expected.get(`k${i}`));
    }
  });

  it('is the same map when nothing changes', () => {
    const m = LayeredMap.of([['a', 1]]);
    expect(m.with(new Map())).toBe(m);
  });
});
