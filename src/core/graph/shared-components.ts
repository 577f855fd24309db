import type { CsrGraph } from './csr-graph';
import { stronglyConnectedComponents, type StronglyConnected } from './strongly-connected';

/**
 * Two rules of a full analysis (causal-cycle, unsupported-arc) need the strongly connected
 * components of the same link graph. Inside `sharingComponents` they are computed once; the
 * index cannot change while the rules run, so nothing stale can be handed out, and outside
 * it (incremental re-detection, resolution checks) every call computes its own.
 */
let depth = 0;
let last: { readonly graph: CsrGraph; readonly scc: StronglyConnected } | undefined;

const sameGraph = (a: CsrGraph, b: CsrGraph): boolean => a.n === b.n && a.start === b.start && a.edges === b.edges && a.target === b.target;

/** Runs `work` with the components of one graph computed at most once. */
export function sharingComponents<T>(work: () => T): T {
  depth++;
  try {
    return work();
  } finally {
    depth--;
    if (depth === 0) last = undefined;
  }
}

/** The strongly connected components of `g` (read-only: they may be shared). */
export function componentsOf(g: CsrGraph): StronglyConnected {
  if (depth > 0 && last !== undefined && sameGraph(last.graph, g)) return last.scc;
  const scc = stronglyConnectedComponents(g);
  if (depth > 0) last = { graph: g, scc };
  return scc;
}
