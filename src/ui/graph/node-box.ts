import type { ElementDefinition } from 'cytoscape';

/** The extent of a story's events on the canvas, from their positions and sizes. */

/** An event's node as the extent needs it: its centre and its diameter (undefined or 0: the default size). */
export interface NodeExtent {
  readonly x: number;
  readonly y: number;
  readonly size: number | undefined;
}

/** A model box, as Cytoscape writes them. */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly w: number;
  readonly h: number;
}

/** A node's diameter when its data has none. */
const DEFAULT_SIZE = 30;

/**
 * The box around the nodes. Cytoscape's boundingBox() would style and measure every node
 * first (seconds at 5,000 events), and a story still being added to the canvas in chunks
 * (chunked-fill.ts) is framed from its projected nodes before they are on it.
 */
export function nodeBox(nodes: Iterable<NodeExtent>): ModelBox {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const r = (n.size || DEFAULT_SIZE) / 2;
    if (n.x - r < x1) x1 = n.x - r;
    if (n.y - r < y1) y1 = n.y - r;
    if (n.x + r > x2) x2 = n.x + r;
    if (n.y + r > y2) y2 = n.y + r;
  }
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** The event nodes among a projection's element definitions, where the canvas will place them. */
export function projectedNodes(defs: ReadonlyMap<string, ElementDefinition>): NodeExtent[] {
  const out: NodeExtent[] = [];
  for (const d of defs.values()) {
    if (d.group !== 'nodes' || !d.position) continue;
    out.push({ x: d.position.x, y: d.position.y, size: Number(d.data['size']) || undefined });
  }
  return out;
}
