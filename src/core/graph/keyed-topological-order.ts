import type { CsrGraph } from './csr-graph';
import type { StronglyConnected } from './strongly-connected';

/**
 * For each vertex, the position of its component in a topological order of the condensation
 * that, among the components ready next, takes the one with the smallest `key` (a member's
 * smallest) first: with keys that follow time, the order follows time wherever the links
 * allow. Kahn's algorithm with a binary heap, O((n + m) log n).
 */
export function keyedTopologicalOrder(g: CsrGraph, scc: StronglyConnected, key: ArrayLike<number>): Float64Array {
  const { count, componentOf } = scc;
  const best = new Float64Array(count).fill(Infinity);
  const indegree = new Int32Array(count);
  for (let v = 0; v < g.n; v++) {
    const c = componentOf[v]!;
    if (key[v]! < best[c]!) best[c] = key[v]!;
    for (let k = g.start[v]!; k < g.start[v + 1]!; k++) {
      const d = componentOf[g.target[g.edges[k]!]!]!;
      if (d !== c) indegree[d]!++;
    }
  }
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => best[a]! < best[b]! || (best[a] === best[b] && a < b);
  const push = (c: number): void => {
    let i = heap.length;
    heap.push(c);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(c, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = c;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && less(heap[right]!, heap[left]!) ? right : left;
        if (!less(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  };
  for (let c = 0; c < count; c++) if (indegree[c] === 0) push(c);
  const position = new Float64Array(count);
  for (let p = 0; heap.length > 0; p++) {
    const c = pop();
    position[c] = p;
    for (let m = scc.start[c]!; m < scc.start[c + 1]!; m++) {
      const v = scc.members[m]!;
      for (let k = g.start[v]!; k < g.start[v + 1]!; k++) {
        const d = componentOf[g.target[g.edges[k]!]!]!;
        if (d !== c && --indegree[d]! === 0) push(d);
      }
    }
  }
  const order = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) order[v] = position[componentOf[v]!]!;
  return order;
}
