import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRepeatedId, IdPositions, positionsOf } from './id-positions';

/** Short ids from a small alphabet, so that lists often repeat one and hashes often share a slot. */
const arbId = fc.string({ unit: fc.constantFrom('e', 'l', '1', '2', '-', '>', 'é', '\u{1F600}'), maxLength: 6 });

describe('IdPositions', () => {
  it('finds what a Map finds, and refuses a list with a repeated id', () => {
    fc.assert(
      fc.property(fc.array(arbId, { maxLength: 300 }), fc.array(arbId, { maxLength: 50 }), (ids, probes) => {
        const table = IdPositions.of(ids);
        const unique = new Set(ids).size === ids.length;
        expect(table === null).toBe(!unique);
        if (table === null) return;
        const map = new Map(ids.map((id, i) => [id, i]));
        for (const id of [...ids, ...probes]) {
          expect(table.get(id)).toBe(map.get(id));
          expect(table.has(id)).toBe(map.has(id));
        }
        expect(table.size).toBe(map.size);
        expect([...table]).toEqual([...map]);
        expect([...table.keys()]).toEqual(ids);
        expect([...table.values()]).toEqual(ids.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart ids that differ only past the first characters or in case', () => {
    const table = IdPositions.of(['event-000001', 'event-000002', 'Event-000001', ''])!;
    expect(table.get('event-000002')).toBe(1);
    expect(table.get('Event-000001')).toBe(2);
    expect(table.get('')).toBe(3);
    expect(table.get('event-00000')).toBeUndefined();
  });

  it('serves the large lists it is used for: 70,000 ids, one repeated far from the first', () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => `e${i}`);
    const positions = positionsOf(ids)!;
    expect(positions).toBeInstanceOf(IdPositions);
    expect(positions.get('e69999')).toBe(69_999);
    expect(positions.get('e70000')).toBeUndefined();
    expect(hasRepeatedId(ids)).toBe(false);
    expect(hasRepeatedId([...ids, 'e17'])).toBe(true);
    expect(positionsOf([...ids, 'e17'])).toBeNull();
  });

  it('gives small lists a Map with the same answers', () => {
    expect(positionsOf(['a', 'b'])).toEqual(new Map([['a', 0], ['b', 1]]));
    expect(positionsOf(['a', 'b', 'a'])).toBeNull();
    expect(hasRepeatedId(['a', 'b', 'a'])).toBe(true);
  });
});
