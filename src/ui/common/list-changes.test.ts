import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listChanges } from './list-changes';

type Op = { kind: 'add' | 'remove' | 'replace'; at: number };
const op: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const, 'replace' as const), at: fc.nat() });

describe('what an edit did to a list', () => {
  it('pairs every element that stayed with its new place, in order, and names the rest as added or gone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(op, { maxLength: 6 }), (n, ops) => {
        const was = Array.from({ length: n }, (_, i) => ({ name: `e${i}` }));
        const next = [...was];
        for (const o of ops) {
          const at = o.at % (next.length + (o.kind === 'add' ? 1 : 0) || 1);
          if (o.kind === 'add') next.splice(at, 0, { name: 'new' });
          else if (next.length > 0 && o.kind === 'remove') next.splice(at, 1);
          else if (next.length > 0) next[at] = { ...next[at]!, name: 'replaced' };
        }
        const changes = listChanges(was, next, 2 * (n + ops.length));
        expect(changes).not.toBeNull();
        const { moved, added, removed } = changes!;
        const targets: number[] = [];
        moved.forEach((to, from) => {
          if (to >= 0) {
            expect(next[to]).toBe(was[from]);
            targets.push(to);
          }
        });
        expect(targets).toEqual([...targets].sort((a, b) => a - b));
        expect([...targets, ...added].sort((a, b) => a - b)).toEqual(next.map((_, i) => i));
        expect(removed).toBe(moved.filter((to) => to === -1).length);
      }),
      { numRuns: 300 },
    );
  });

  it('names exactly the one event an edit adds or removes, wherever it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.boolean(), (n, at, adding) => {
        const was = Array.from({ length: n }, (_, i) => ({ i }));
        const next = [...was];
        if (adding) next.splice(at % (n + 1), 0, { i: -1 });
        else next.splice(at % n, 1);
        const changes = listChanges(was, next, 1);
        expect(changes?.added).toEqual(adding ? [at % (n + 1)] : []);
        expect(changes?.removed).toBe(adding ? 0 : 1);
      }),
    );
  });

  it('gives up beyond the limit, so the caller starts from scratch', () => {
    const was = Array.from({ length: 10 }, (_, i) => ({ i }));
    expect(listChanges(was, [...was].reverse(), 4)).toBeNull();
    expect(listChanges(was, was, 0)).toEqual({ moved: Int32Array.from(was.keys()), added: [], removed: 0 });
  });
});
