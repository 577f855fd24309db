import type { CsrGraph } from './csr-graph';
import type { StronglyConnected } from './strongly-connected';

/**
 * Component ids in topological order of the condensation (every edge between
 * components goes from an earlier to a later entry). Tarjan numbers components
 * in reverse topological order, so this is the ids counted down.
 */
export function componentTopologicalOrder(scc: StronglyConnected): Int32Array {
  const order = new Int32Array(scc.count);
  for (let k = 0; k < scc.count; k++) order[k] = scc.count - 1 - k;
  return order;
}

/**
 * Flags the components that contain a cycle: two or more vertices, or one
 * vertex with an edge to itself. Their members are each other's (and their own) ancestors.
 */
export function cyclicComponents(g: CsrGraph, scc: StronglyConnected): Uint8Array {
  const cyclic = new Uint8Array(scc.count);
  for (let c = 0; c < scc.count; c++) if (scc.start[c + 1]! - scc.start[c]! >= 2) cyclic[c] = 1;
  for (let v = 0; v < g.n; v++) {
    for (let k = g.start[v]!; k < g.start[v + 1]!; k++) {
      if (g.target[g.edges[k]!] === v) cyclic[scc.componentOf[v]!] = 1;
    }
  }
  return cyclic;
}
