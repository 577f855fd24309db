import type { BoundingBox12, BoundingBoxWH, Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { edgeId, nodeId, storyId } from './canvas-ids';

/**
 * The one live Cytoscape instance, for controls outside the canvas (Fit, framing a
 * conflict). Commands are no-ops while no canvas is mounted.
 */
let current: Core | null = null;
const listeners = new Set<() => void>();

/**
 * A read-only window onto the canvas for end-to-end tests and benchmarks (drag targets,
 * highlight checks), published as `window.arcStudioGraph`.
 */
export interface GraphProbe {
  /** Position of an element (by story id: the event, else the link) on screen, relative to the page (null when absent). */
  pagePosition(id: string, kind?: 'event' | 'link'): { x: number; y: number } | null;
  /** Classes of an element (e.g. "conflict cat-temporal"), null when absent. */
  classes(id: string, kind?: 'event' | 'link'): string[] | null;
  /** Ids of the selected elements. */
  selected(): string[];
  zoom(): number;
}

/** The canvas element of an event or link by its story id: the event's node unless `kind` says link. */
function find(cy: Core, id: string, kind?: 'event' | 'link'): SingularElementReturnValue | null {
  for (const c of kind === 'link' ? [edgeId(id)] : kind === 'event' ? [nodeId(id)] : [nodeId(id), edgeId(id)]) {
    const ele = cy.getElementById(c);
    if (ele.nonempty()) return ele;
  }
  return null;
}

const probe: GraphProbe = {
  pagePosition(id, kind) {
    const cy = graphInstance();
    const ele = cy ? find(cy, id, kind) : null;
    if (!cy || !ele) return null;
    const rect = cy.container()!.getBoundingClientRect();
    const p = ele.isEdge() ? (ele as EdgeSingular).renderedMidpoint() : (ele as NodeSingular).renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  },
  classes(id, kind) {
    const cy = graphInstance();
    const ele = cy ? find(cy, id, kind) : null;
    return ele ? ele.classes() : null;
  },
  selected: () => graphInstance()?.$(':selected').map((e) => storyId(e.id())) ?? [],
  zoom: () => graphInstance()?.zoom() ?? 1,
};

/** Registers (or with null forgets) the mounted canvas. */
export function setGraphInstance(cy: Core | null): void {
  current = cy;
  (globalThis as { arcStudioGraph?: GraphProbe }).arcStudioGraph = probe;
  for (const l of listeners) l();
}

/** The mounted canvas, if any. */
export function graphInstance(): Core | null {
  return current && !current.destroyed() ? current : null;
}

/** Calls back when a canvas mounts or unmounts. */
export function onGraphInstance(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const PADDING = 40;

/**
 * The nodes' extent from their positions and sizes. Cytoscape's boundingBox() computes
 * every node's style and label first: seconds at 5,000 events.
 */
function nodeBox(cy: Core): BoundingBox12 & BoundingBoxWH {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n) => {
    if (n.hasClass('ghost')) return;
    const p = n.position();
    const r = (Number(n.data('size')) || 30) / 2;
    if (p.x - r < x1) x1 = p.x - r;
    if (p.y - r < y1) y1 = p.y - r;
    if (p.x + r > x2) x2 = p.x + r;
    if (p.y + r > y2) y2 = p.y + r;
  });
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Shows a model box (plus label room below the nodes) in the viewport, zoom capped at `maxZoom`. */
function showBox(cy: Core, bb: BoundingBox12 & BoundingBoxWH, maxZoom: number): void {
  const w = cy.width();
  const h = cy.height();
  const labelRoom = 30;
  const zoom = Math.min(maxZoom, (w - 2 * PADDING) / Math.max(1, bb.w), (h - 2 * PADDING) / Math.max(1, bb.h + labelRoom));
  const cx = (bb.x1 + bb.x2) / 2;
  const cy0 = (bb.y1 + bb.y2 + labelRoom) / 2;
  cy.viewport({ zoom, pan: { x: w / 2 - cx * zoom, y: h / 2 - cy0 * zoom } });
}

/** The model y range of the lanes while the lanes layout is shown (fitting shows whole bands, not just the nodes). */
let lanesExtent: { top: number; bottom: number } | null = null;

/** Tells fitGraph which y range the lanes cover (null: no lanes shown). */
export function setLanesExtent(extent: { top: number; bottom: number } | null): void {
  lanesExtent = extent;
}

/** The whole story: all nodes, and all lanes when they are shown. */
function storyBox(cy: Core): BoundingBox12 & BoundingBoxWH {
  const bb = nodeBox(cy);
  if (!lanesExtent) return bb;
  const y1 = Math.min(bb.y1, lanesExtent.top);
  const y2 = Math.max(bb.y2, lanesExtent.bottom);
  return { x1: bb.x1, x2: bb.x2, w: bb.w, y1, y2, h: y2 - y1 };
}

/** Fits the whole story (all nodes, and all lanes when they are shown) into view, never enlarged beyond 1.5x. */
export function fitGraph(): void {
  const cy = graphInstance();
  if (cy && cy.nodes().length > 0) showBox(cy, storyBox(cy), 1.5);
}

/**
 * The opening view of a story (first start, import, opening another story): the whole
 * story, all lanes, never enlarged beyond natural size. A long story becomes an overview
 * (level-of-detail.ts leaves out what would be sub-pixel); the user zooms in from there.
 */
export function frameStory(): void {
  const cy = graphInstance();
  if (cy && cy.nodes().length > 0) showBox(cy, storyBox(cy), 1);
}

/** Frames the given events (and the links among them), zooming in no further than comfortable. */
export function frameEvents(ids: readonly string[]): void {
  const cy = graphInstance();
  if (!cy || ids.length === 0) return;
  const nodes = cy.collection();
  for (const id of ids) nodes.merge(cy.getElementById(nodeId(id)));
  if (nodes.empty()) return;
  cy.batch(() => {
    cy.nodes('.framed').removeClass('framed');
    nodes.addClass('framed');
  });
  const maxZoom = cy.maxZoom();
  cy.maxZoom(Math.min(maxZoom, 1));
  cy.fit(nodes, PADDING * 2);
  cy.maxZoom(maxZoom);
}

/** Removes the framing highlight. */
export function clearFrame(): void {
  graphInstance()?.nodes('.framed').removeClass('framed');
}
