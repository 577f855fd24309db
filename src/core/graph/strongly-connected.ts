import type { CsrGraph } from './csr-graph';

/** Strongly connected components of a graph. */
export interface StronglyConnected {
  /** Number of components. */
  readonly count: number;
  /**
   * Component id of each vertex. Ids are in reverse topological order of the
   * condensation: an edge between two components always goes from the higher
   * id to the lower one (Tarjan closes a component only after everything it reaches).
   */
  readonly componentOf: Int32Array;
  /** count + 1 offsets into `members`. */
  readonly start: Int32Array;
  /** Vertices grouped by component id. */
  readonly members: Int32Array;
}

/**
 * Tarjan's algorithm with an explicit call stack, so that a chain of any length
 * runs in O(n + m) without touching the JavaScript stack.
 */
export function stronglyConnectedComponents(g: CsrGraph): StronglyConnected {
  const { n, start, edges, target } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  // Next edge position to explore for each vertex on the call stack.
  const cursor = new Int32Array(n);
  const componentOf = new Int32Array(n);
  const members = new Int32Array(n);
  const compStart: number[] = [0];
  let sp = 0;
  let csp = 0;
  let counter = 0;
  let count = 0;
  let filled = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    cursor[root] = start[root]!;
    callStack[csp++] = root;

    while (csp > 0) {
      const v = callStack[csp - 1]!;
      if (cursor[v]! < start[v + 1]!) {
        const w = target[edges[cursor[v]!]!]!;
        cursor[v]!++;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          cursor[w] = start[w]!;
          callStack[csp++] = w;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      csp--;
      if (csp > 0) {
        const parent = callStack[csp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          componentOf[w] = count;
          members[filled++] = w;
        } while (w !== v);
        count++;
        compStart.push(filled);
      }
    }
  }
  return { count, componentOf, start: Int32Array.from(compStart), members };
}
