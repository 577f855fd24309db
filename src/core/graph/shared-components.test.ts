import { describe, expect, it } from 'vitest';
import type { CsrGraph } from './csr-graph';
import { componentsOf, sharingComponents } from './shared-components';
import { stronglyConnectedComponents } from './strongly-connected';

/** A graph over `n` vertices from [from, to] pairs, edge ids in the given order. */
function graph(n: number, pairs: readonly (readonly [number, number])[]): CsrGraph {
  const start = new Int32Array(n + 1);
  for (const [a] of pairs) start[a + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(pairs.length);
  pairs.forEach(([a], k) => (edges[fill[a]!++] = k));
  return { n, start, edges, target: Int32Array.from(pairs.map(([, b]) => b)) };
}

describe('components shared within one analysis', () => {
  const cycle = graph(3, [[0, 1], [1, 2], [2, 0]]);
  const chain = graph(3, [[0, 1], [1, 2]]);

  it('are computed once per graph inside the scope and equal the direct computation', () => {
    sharingComponents(() => {
      const first = componentsOf(cycle);
      expect(componentsOf({ ...cycle })).toBe(first);
      expect(first).toStrictEqual(stronglyConnectedComponents(cycle));
      // Another graph gets its own components, never the shared ones.
      expect(componentsOf(chain).count).toBe(3);
      expect(componentsOf(chain)).toStrictEqual(stronglyConnectedComponents(chain));
    });
  });

  it('are not kept once the scope ends, nor shared outside one', () => {
    let inside: unknown;
    sharingComponents(() => (inside = componentsOf(cycle)));
    expect(componentsOf(cycle)).not.toBe(inside);
    expect(componentsOf(cycle)).not.toBe(componentsOf(cycle));
  });
});
