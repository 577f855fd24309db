import type { CsrGraph } from './csr-graph';

/** Builds a CsrGraph from [from, to] pairs; edge ids are positions in the list, successors keep list order. */
export function graphFromEdges(n: number, edgeList: ReadonlyArray<readonly [number, number]>): CsrGraph {
  const start = new Int32Array(n + 1);
  for (const [a] of edgeList) start[a + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(edgeList.length);
  edgeList.forEach(([a], k) => {
    edges[fill[a]!++] = k;
  });
  return { n, start, edges, target: Int32Array.from(edgeList, ([, b]) => b) };
}
