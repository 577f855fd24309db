import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csr } from '../analysis/story-index';
import { moveInRows } from './moved-rows';

describe('links moved between rows', () => {
  it('give the rows built anew from the moved ends, and leave the old rows as they were', () => {
    const arbCase = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        keys: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 50 }),
        moves: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: n - 1 })), { maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(arbCase, ({ n, keys, moves }) => {
        const before = Int32Array.from(keys);
        const after = before.slice();
        const moved = moves.map(([j, key]) => {
          after[j % keys.length] = key;
          return j % keys.length;
        });
        const rows = csr(n, keys.length, before);
        const copy = { start: rows.start.slice(), items: rows.items.slice() };
        const next = moveInRows(rows, moved, before, after);
        const expected = csr(n, keys.length, after);
        expect(next).toBeDefined();
        expect(Array.from(next!.start)).toEqual(Array.from(expected.start));
        expect(Array.from(next!.items)).toEqual(Array.from(expected.items));
        expect(rows).toEqual(copy);
      }),
      { numRuns: 500 },
    );
  });
});
