import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE_DECAY } from '../model/defaults';
import { computeRipple, type RippleDirection } from './ripple';
import { rippleStory, type RippleLinkSketch } from './ripple-test-story';

const SCALES = ['scene', 'arc', 'world', 'saga'] as const;

interface Graph {
  readonly scales: readonly number[];
  readonly links: readonly RippleLinkSketch[];
}

/**
 * Small random graphs with cycles, self-loops and parallel links. Strengths are dyadic
 * fractions k / 2^20 so that two different paths tie exactly only when they really are the same.
 */
const arbGraph: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    scales: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    links: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }).map((i) => `e${i}`),
        fc.integer({ min: 0, max: n - 1 }).map((i) => `e${i}`),
        fc.integer({ min: 0, max: 2 ** 20 }).map((k) => k / 2 ** 20),
      ),
      { maxLength: 14 },
    ),
  }),
);

interface Best {
  impact: number;
  hops: number;
}

/**
 * The spec read literally: every simple path from the source (links followed forward or
 * backward), its product of strength * decay(scale of the event reached), the best per event,
 * the fewest hops among the best. Products are folded from the source, as the ripple does.
 */
function bruteForce(g: Graph, source: number, direction: RippleDirection, maxHops: number): Map<number, Best> {
  const best = new Map<number, Best>();
  const stack: { at: number; product: number; visited: readonly number[] }[] = [
    { at: source, product: 1, visited: [source] },
  ];
  while (stack.length > 0) {
    const { at, product, visited } = stack.pop()!;
    const hops = visited.length - 1;
    if (at !== source) {
      const old = best.get(at);
      if (!old || product > old.impact || (product === old.impact && hops < old.hops)) best.set(at, { impact: product, hops });
    }
    if (hops === maxHops) continue;
    for (const [from, to, strength] of g.links) {
      const [here, there] = direction === 'forward' ? [from, to] : [to, from];
      const next = Number(there.slice(1));
      if (Number(here.slice(1)) !== at || visited.includes(next)) continue;
      const factor = strength * DEFAULT_SCALE_DECAY[g.scales[next]!]!;
      stack.push({ at: next, product: product * factor, visited: [...visited, next] });
    }
  }
  return best;
}

/** Best factor of a step of a reported path, over the parallel links it may have used. */
function stepFactor(g: Graph, a: string, b: string, direction: RippleDirection): number {
  let factor = -1;
  for (const [from, to, strength] of g.links) {
    const matches = direction === 'forward' ? from === a && to === b : from === b && to === a;
    if (matches) factor = Math.max(factor, strength * DEFAULT_SCALE_DECAY[g.scales[Number(b.slice(1))]!]!);
  }
  return factor;
}

describe('impact ripple against brute force over all simple paths', () => {
  it('finds the best impact, the fewest hops among best paths, and a path that proves it', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.nat(),
        fc.constantFrom<RippleDirection>('forward', 'backward'),
        fc.constantFrom(0.05, 0.2, 0.001),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (g, sourcePick, direction, minImpact, maxHops) => {
          const source = sourcePick % g.scales.length;
          const ix = rippleStory(
            g.scales.map((s, i) => ({ id: `e${i}`, scale: SCALES[s]!, time: i })),
            g.links,
          );
          const ripple = computeRipple(ix, `e${source}`, { direction, minImpact, ...(maxHops === undefined ? {} : { maxHops }) });

          const expected = [...bruteForce(g, source, direction, maxHops ?? Infinity)].filter(
            ([, b]) => b.impact > 0 && b.impact >= minImpact,
          );
          expect(ripple.reached.map((r) => r.event).sort()).toEqual(expected.map(([v]) => `e${v}`).sort());
          for (const [v, b] of expected) {
            const r = ripple.reached.find((x) => x.event === `e${v}`)!;
            expect(r.impact).toBe(b.impact);
            expect(r.hops).toBe(b.hops);
            expect(r.path.length).toBe(r.hops + 1);
            expect(r.path[0]).toBe(`e${source}`);
            expect(r.path.at(-1)).toBe(r.event);
            let product = 1;
            for (let k = 1; k < r.path.length; k++) product *= stepFactor(g, r.path[k - 1]!, r.path[k]!, direction);
            expect(product).toBe(r.impact);
          }

          for (let k = 1; k < ripple.reached.length; k++) {
            const [p, q] = [ripple.reached[k - 1]!, ripple.reached[k]!];
            expect(p.impact > q.impact || (p.impact === q.impact && p.hops <= q.hops)).toBe(true);
          }
          const total = SCALES.reduce((sum, s) => sum + ripple.perScale[s]!, 0);
          expect(total).toBeCloseTo(expected.reduce((sum, [, b]) => sum + b.impact, 0), 9);
        },
      ),
      { numRuns: 400 },
    );
  });
});
