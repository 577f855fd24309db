import fc from 'fast-check';
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

  it('takes the size from a caller that knows it, and answers as when it counted', () => {
    const v0 = LayeredMap.of([['a', 1], ['b', 2]]);
    const changes = new Map<string, number | undefined>([['a', 10], ['b', undefined], ['c', 3], ['gone-already', undefined]]);
    const counted = v0.with(changes);
    const told = v0.with(changes, 2);
    expect(counted.size).toBe(2);
    expect(told.size).toBe(2);
    expect(new Map(told)).toEqual(new Map([['a', 10], ['c', 3]]));
    expect(told.has('gone-already')).toBe(false);
    expect([...told.changedSince(v0)!].sort()).toEqual(['a', 'b', 'c', 'gone-already']);
  });

  it('is the same map when nothing changes', () => {
    const m = LayeredMap.of([['a', 1]]);
    expect(m.with(new Map())).toBe(m);
  });

  it('names the keys changed since an earlier version, or nothing when it cannot tell', () => {
    const v0 = LayeredMap.of([['a', 1], ['b', 2], ['c', 3]]);
    const v1 = v0.with(new Map([['a', 10]]));
    const v2 = v1.with(new Map<string, number | undefined>([['b', undefined], ['d', 4]]));
    expect([...v2.changedSince(v0)!].sort()).toEqual(['a', 'b', 'd']);
    expect([...v2.changedSince(v1)!].sort()).toEqual(['b', 'd']);
    expect(v2.changedSince(v2)!.size).toBe(0);
    // Not an ancestor: a sibling version, or a plain map with the same entries.
    expect(v1.changedSince(v0.with(new Map([['c', 30]])))).toBeUndefined();
    expect(v1.changedSince(new Map([['a', 10], ['b', 2], ['c', 3]]))).toBeUndefined();
    // Past the merging depth the versions in between are gone: the caller compares everything.
    // The map they were made over is still there, with every key changed since.
    const big = LayeredMap.of(['a', 'b', 'c', 'd', 'e', 'f'].map((k, i) => [k, i] as const));
    let deep = big;
    const between: LayeredMap<string, number>[] = [];
    for (let i = 0; i < 20; i++) {
      deep = deep.with(new Map([[i % 2 === 0 ? 'a' : 'c', i]]));
      between.push(deep);
    }
    expect(deep.changedSince(between[2]!)).toBeUndefined();
    expect([...deep.changedSince(big)!].sort()).toEqual(['a', 'c']);
  });

  it('answers like a plain map over long runs of edits to a large map, where layers are merged', () => {
    // Keys 0-299, of which 0-199 are in the starting map: changes set, remove and add keys.
    const change = fc.tuple(fc.nat(299), fc.option(fc.integer(), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 60 }), { minLength: 10, maxLength: 60 }), (steps) => {
        const plain = new Map<number, number>(Array.from({ length: 200 }, (_, k) => [k, -k]));
        let layered = LayeredMap.of(plain);
        const versions: [LayeredMap<number, number>, Map<number, number>][] = [];
        for (const step of steps) {
          const changes = new Map(step);
          for (const [k, v] of changes) {
            if (v === undefined) plain.delete(k);
            else plain.set(k, v);
          }
          layered = layered.with(changes);
          versions.push([layered, new Map(plain)]);
        }
        const all = Array.from({ length: 300 }, (_, k) => k);
        for (const [map, expected] of versions) {
          expect(map.size).toBe(expected.size);
          expect(all.map((k) => map.get(k))).toEqual(all.map((k) => expected.get(k)));
        }
        expect(new Map(layered)).toEqual(plain);
      }),
      { numRuns: 60 },
    );
  });
});

