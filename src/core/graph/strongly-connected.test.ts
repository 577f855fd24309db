import { describe, expect, it } from 'vitest';
import type { CsrGraph } from './csr-graph';
import { graphFromEdges as graphOf } from './edge-list';
import { stronglyConnectedComponents } from './strongly-connected';

/** Components as sorted member lists, sorted, for comparison. */
function groups(g: CsrGraph): number[][] {
  const scc = stronglyConnectedComponents(g);
  const out: number[][] = [];
  for (let c = 0; c < scc.count; c++) {
    out.push(Array.from(scc.members.subarray(scc.start[c], scc.start[c + 1])).sort((a, b) => a - b));
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

describe('stronglyConnectedComponents', () => {
  it('groups a loop and leaves the rest alone', () => {
    // 0 -> 1 -> 2 -> 0, 2 -> 3, 4 isolated
    const g = graphOf(5, [[0, 1], [1, 2], [2, 0], [2, 3]]);
    expect(groups(g)).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('finds two loops joined by a one-way bridge as separate components', () => {
    const g = graphOf(4, [[0, 1], [1, 0], [1, 2], [2, 3], [3, 2]]);
    expect(groups(g)).toEqual([[0, 1], [2, 3]]);
  });

  it('numbers components so that every cross edge goes from a higher id to a lower one', () => {
    const g = graphOf(6, [[5, 4], [4, 3], [3, 4], [3, 2], [2, 1], [0, 1], [1, 0]]);
    const scc = stronglyConnectedComponents(g);
    for (let k = 0; k < g.edges.length; k++) {
      const from = [...Array(g.n).keys()].find((v) => g.start[v]! <= k && k < g.start[v + 1]!)!;
      const a = scc.componentOf[from]!;
      const b = scc.componentOf[g.target[g.edges[k]!]!]!;
      expect(a >= b).toBe(true);
    }
  });

  it('handles a chain of 200,000 vertices closed into one loop without recursion', () => {
    const n = 200_000;
    const edgeList: Array<[number, number]> = [];
    for (let v = 0; v < n; v++) edgeList.push([v, (v + 1) % n]);
    const scc = stronglyConnectedComponents(graphOf(n, edgeList));
    expect(scc.count).toBe(1);
    expect(scc.start[1]).toBe(n);
  });
});
