import type { ElkNode } from 'elkjs/lib/elk-api';

/** The graph to lay out: node sizes and the links between them. */
export interface LayeredLayoutInput {
  /**
   * Each event's node (width and height: the circle) and the room its label takes right of it
   * (`labelWidth`, 0 when absent): ELK keeps that room free, so labels do not run into the
   * next node or each other; positions are still the circles' centres.
   */
  readonly nodes: readonly { readonly id: string; readonly width: number; readonly height: number; readonly labelWidth?: number }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

/** ELK options for a left-to-right causal layout; node order favours fewer crossings over speed only up to a point. */
export const LAYERED_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.layered.thoroughness': '3',
  'elk.edgeRouting': 'POLYLINE',
};

/** The ELK graph of a layout request. */
export function toElkGraph(request: LayeredLayoutInput): ElkNode {
  const ids = new Set(request.nodes.map((n) => n.id));
  return {
    id: 'root',
    layoutOptions: { ...LAYERED_OPTIONS },
    children: request.nodes.map((n) => ({ id: n.id, width: n.width + (n.labelWidth ?? 0), height: n.height })),
    edges: request.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** Centre positions of the laid-out nodes, in request order. */
export function centresOf(request: LayeredLayoutInput, laid: ElkNode): Float64Array {
  const byId = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const out = new Float64Array(2 * request.nodes.length);
  request.nodes.forEach((n, i) => {
    const c = byId.get(n.id);
    out[2 * i] = (c?.x ?? 0) + n.width / 2;
    out[2 * i + 1] = (c?.y ?? 0) + n.height / 2;
  });
  return out;
}
