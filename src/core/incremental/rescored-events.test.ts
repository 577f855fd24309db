import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Identity } from './identity-store';
import { addChangedEvents, type IdentityChange } from './rescored-events';

function identity(rule: number, events: readonly number[]): Identity {
  return { key: `${rule}|${events.join(',')}`, rule, events, matches: [], conflict: undefined };
}

/** The events on which, for some rule, the changes' signs do not sum to zero, counted the plain way. */
function reference(changes: readonly IdentityChange[]): number[] {
  if (changes.length === 1) return [...new Set(changes[0]!.identity.events)].sort((a, b) => a - b);
  const net = new Map<string, number>();
  for (const { identity: id, sign } of changes) for (const i of id.events) net.set(`${i}|${id.rule}`, (net.get(`${i}|${id.rule}`) ?? 0) + sign);
  const out = new Set<number>();
  for (const [key, count] of net) if (count !== 0) out.add(Number(key.split('|')[0]));
  return [...out].sort((a, b) => a - b);
}

const arbFew: fc.Arbitrary<number[]> = fc.uniqueArray(fc.nat({ max: 6000 }), { maxLength: 20 }).map((list) => list.sort((a, b) => a - b));

/** Thousands of events, as a loop names: every `step`-th from `start`, with one left out. */
const arbMany: fc.Arbitrary<number[]> = fc
  .record({ start: fc.nat({ max: 2000 }), length: fc.integer({ min: 2000, max: 5000 }), step: fc.integer({ min: 1, max: 2 }), gap: fc.nat({ max: 5000 }) })
  .map(({ start, length, step, gap }) => Array.from({ length }, (_, k) => start + k * step).filter((i) => i !== start + gap));

describe('the events to rescore after conflicts came and went', () => {
  it('are those where a rule\'s conflicts do not cancel out, with few events and with many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rule: fc.nat({ max: 3 }), events: fc.oneof(arbFew, arbMany), sign: fc.constantFrom<1 | -1>(1, -1) }), { minLength: 1, maxLength: 5 }),
        (list) => {
          const changes = list.map(({ rule, events, sign }) => ({ identity: identity(rule, events), sign }));
          const out = new Set<number>();
          addChangedEvents(changes, 4, out);
          expect([...out].sort((a, b) => a - b)).toEqual(reference(changes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leave out the events a big loop kept when it lost one member, and keep those of another rule', () => {
    const old = Array.from({ length: 9000 }, (_, i) => i);
    const kept = old.filter((i) => i !== 4321);
    const out = new Set<number>();
    addChangedEvents(
      [
        { identity: identity(0, old), sign: -1 },
        { identity: identity(0, kept), sign: 1 },
        { identity: identity(2, [10, 4321]), sign: 1 },
      ],
      3,
      out,
    );
    expect([...out].sort((a, b) => a - b)).toEqual([10, 4321]);
  });
});
