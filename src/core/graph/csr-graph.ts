/**
 * A directed graph in compressed sparse row form, shaped like StoryIndex's
 * adjacency so that rules can pass it without copying: the successors of v are
 * target[edges[k]] for k in start[v] .. start[v + 1]. `edges` holds edge ids
 * (link indices) rather than vertices so that callers can map back to links.
 */
export interface CsrGraph {
  /** Number of vertices. */
  readonly n: number;
  /** n + 1 offsets into `edges`. */
  readonly start: Int32Array;
  /** Edge ids grouped by source vertex. */
  readonly edges: Int32Array;
  /** Target vertex of each edge id. */
  readonly target: Int32Array;
}

/** The link graph of a story index, cause to effect, without copying its arrays. */
export function outGraph(ix: {
  readonly n: number;
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  readonly linkTo: Int32Array;
}): CsrGraph {
  return { n: ix.n, start: ix.outStart, edges: ix.outLinks, target: ix.linkTo };
}
