import { componentTopologicalOrder, cyclicComponents } from './condensation';
import type { CsrGraph } from './csr-graph';
import { stronglyConnectedComponents, type StronglyConnected } from './strongly-connected';

/**
 * For every vertex v, the minimum of `value` over v's ancestors (vertices with a
 * directed path of one or more edges to v; v itself when it lies on a cycle),
 * or +Infinity when v has none. One pass over the condensation in topological
 * order: O(n + m), no recursion.
 */
export function minimumOverAncestors(
  g: CsrGraph,
  value: ArrayLike<number>,
  scc: StronglyConnected = stronglyConnectedComponents(g),
): Float64Array {
  const { start, edges, target } = g;
  const { componentOf, members } = scc;
  const cyclic = cyclicComponents(g, scc);
  // best[c]: minimum over the ancestors shared by every member of component c.
  const best = new Float64Array(scc.count).fill(Infinity);
  const order = componentTopologicalOrder(scc);
  for (let t = 0; t < order.length; t++) {
    const c = order[t]!;
    const from = scc.start[c]!;
    const to = scc.start[c + 1]!;
    if (cyclic[c] === 1) {
      let own = best[c]!;
      for (let k = from; k < to; k++) own = Math.min(own, value[members[k]!]!);
      best[c] = own;
    }
    const reach = best[c]!;
    for (let k = from; k < to; k++) {
      const u = members[k]!;
      const carried = Math.min(reach, value[u]!);
      for (let e = start[u]!; e < start[u + 1]!; e++) {
        const d = componentOf[target[edges[e]!]!]!;
        if (d !== c && carried < best[d]!) best[d] = carried;
      }
    }
  }
  const result = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) result[v] = best[componentOf[v]!]!;
  return result;
}
