import type { BoundingBox12, BoundingBoxWH, CollectionReturnValue, Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import { edgeId, nodeId, storyId } from './canvas-ids';
import { FILTERED_OUT, isFilteredOut } from './filter-dim-style';
import { labelScale } from './label-scale';
import { LABEL_FONT_PX, LABEL_WIDTH } from './label-text';
import { settlePan, type ScreenPad } from './settle-pan';
import { forgetOverviewFrame } from './overview-dots';
import { redrawCounts, redrawWhole, setPieceSize } from './partial-redraw';

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
  /** Classes of an element (e.g. "conflict cat-temporal"; "filtered-out" when the filters dim it), null when absent. */
  classes(id: string, kind?: 'event' | 'link'): string[] | null;
  /** Ids of the selected elements. */
  selected(): string[];
  /** Every event and link on the canvas by story id, events with their classes (proposal ghosts left out). */
  contents(): { events: { id: string; classes: string[] }[]; links: string[] };
  zoom(): number;
  /**
   * The drawn label of every event node: its box on the page (from Cytoscape's label
   * bounding box in model coordinates, scaled by the zoom), the font size on screen, and
   * whether the label is drawn at all (Cytoscape leaves out labels under min-zoomed-font-size).
   */
  /** Ids of the elements a proposal preview draws or marks (ghosts, removed/changed/moved marks). */
  previewMarks(): string[];
  labelBoxes(): { id: string; label: string; x1: number; y1: number; x2: number; y2: number; fontPx: number; drawn: boolean }[];
  /** Frames of the canvas drawn whole and in part since it mounted, of those in part how many drew a piece of a larger part, and the rectangles of such a part still to draw (partial-redraw.ts); null where partial redraws are off. */
  redrawCounts(): { whole: number; partial: number; pieces: number; pending: number } | null;
  /** Asks for the next frame to be drawn whole, as if nothing were known of what changed (the picture must not change); the overview's dots too. */
  redrawWhole(): void;
  /** How many rectangles a frame draws again before a changed part is drawn in pieces, one a frame (null: the default). */
  setPieceSize(rects: number | null): void;
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
    // The filters' dimming is set on the element, not as a class (filter-dim-style.ts); named as one here.
    return ele ? (isFilteredOut(ele) ? [...ele.classes(), FILTERED_OUT] : ele.classes()) : null;
  },
  selected: () => graphInstance()?.$(':selected').map((e) => storyId(e.id())) ?? [],
  contents() {
    const cy = graphInstance();
    if (!cy) return { events: [], links: [] };
    const events = cy.nodes().filter((n) => n.id().startsWith('e:') && !n.hasClass('ghost'));
    const links = cy.edges().filter((e) => e.id().startsWith('l:') && !e.hasClass('ghost'));
    return { events: events.map((n) => ({ id: storyId(n.id()), classes: n.classes() })), links: links.map((e) => storyId(e.id())) };
  },
  zoom: () => graphInstance()?.zoom() ?? 1,
  previewMarks: () => graphInstance()?.elements('.diff-ghost, .diff-removed, .diff-changed, .diff-moved-from').map((e) => e.id()) ?? [],
  redrawCounts() {
    const cy = graphInstance();
    const c = cy ? redrawCounts(cy) : null;
    return c ? { ...c } : null;
  },
  redrawWhole() {
    const cy = graphInstance();
    forgetOverviewFrame();
    if (cy) redrawWhole(cy);
  },
  setPieceSize(rects) {
    const cy = graphInstance();
    if (cy) setPieceSize(cy, rects);
  },
  labelBoxes() {
    const cy = graphInstance();
    if (!cy) return [];
    const rect = cy.container()!.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    return cy
      .nodes()
      .filter((n) => !n.hasClass('ghost') && n.id().startsWith('e:'))
      .map((n) => {
        const bb = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
        const fontPx = parseFloat(String(n.style('font-size'))) * zoom;
        const minFont = parseFloat(String(n.style('min-zoomed-font-size'))) || 0;
        return {
          id: storyId(n.id()),
          label: String(n.style('label') ?? ''),
          x1: rect.left + pan.x + bb.x1 * zoom,
          y1: rect.top + pan.y + bb.y1 * zoom,
          x2: rect.left + pan.x + bb.x2 * zoom,
          y2: rect.top + pan.y + bb.y2 * zoom,
          fontPx,
          drawn: n.visible() && fontPx >= minFont,
        };
      });
  },
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

/** Room the lanes view keeps clear of nodes: the lane header gutter at the left, the time ruler on top (graph.css). */
const GUTTER_PX = 112;
const RULER_PX = 26;
/** Labels sit right of their nodes (label-text.ts): the story's extent reaches this far past the last node. */
const LABEL_ROOM = 4 + LABEL_WIDTH;
/** Label font on screen at least this big at the opening view of a story of up to LEGIBLE_UP_TO events. */
const MIN_LABEL_SCREEN_PX = 11.05;
/** In presenter view (labels scaled up, label-scale.ts), at least this big: read from across a room. */
const PRESENTER_MIN_LABEL_SCREEN_PX = 14.05;
const LEGIBLE_UP_TO = 400;

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

/** Screen room kept clear around the story: the lane gutter and the ruler when the lanes are shown. */
function screenPad(): ScreenPad {
  return lanesExtent !== null
    ? { left: GUTTER_PX + 10, top: RULER_PX + 6, right: 12, bottom: 4 }
    : { left: PADDING, top: PADDING, right: PADDING, bottom: PADDING };
}

/**
 * Shows a model box (plus the labels right of the nodes) in the viewport, clear of the
 * lane gutter and the ruler when the lanes are shown, zoom capped at `maxZoom`. With
 * `legible`, a story small enough to be read whole is never shown with labels under
 * MIN_LABEL_SCREEN_PX: when it is too big for that, its start is shown and the rest is a pan away.
 */
function showBox(cy: Core, bb: BoundingBox12 & BoundingBoxWH, maxZoom: number, legibleFloor: boolean): void {
  const w = cy.width();
  const h = cy.height();
  const pad = screenPad();
  const boxW = bb.w + LABEL_ROOM;
  const availW = Math.max(1, w - pad.left - pad.right);
  const availH = Math.max(1, h - pad.top - pad.bottom);
  let zoom = Math.min(maxZoom, availW / Math.max(1, boxW), availH / Math.max(1, bb.h));
  const legible = (labelScale() > 1 ? PRESENTER_MIN_LABEL_SCREEN_PX : MIN_LABEL_SCREEN_PX) / (LABEL_FONT_PX * labelScale());
  const small = cy.nodes().length <= LEGIBLE_UP_TO;
  if (legibleFloor && small && zoom < legible) zoom = legible;
  // Lanes read from their start under the ruler, like a timeline: a short story at full size is
  // shown from the top left, not floating in the middle of empty canvas with a band of nothing
  // above its first lane. Without lanes, centred where it fits; otherwise from its start and top.
  const centre = lanesExtent === null;
  const x = centre && boxW * zoom <= availW ? pad.left + (availW - boxW * zoom) / 2 - bb.x1 * zoom : pad.left - bb.x1 * zoom;
  const y = centre && bb.h * zoom <= availH ? pad.top + (availH - bb.h * zoom) / 2 - bb.y1 * zoom : pad.top - bb.y1 * zoom;
  cy.viewport({ zoom, pan: { x, y } });
}

/** The model y range of the lanes while the lanes layout is shown (fitting shows whole bands, not just the nodes). */
let lanesExtent: { top: number; bottom: number } | null = null;

/** Tells fitGraph which y range the lanes cover (null: no lanes shown). */
export function setLanesExtent(extent: { top: number; bottom: number } | null): void {
  lanesExtent = extent;
}

/** A lane as drawn behind the canvas: its scale's name and its model y range. */
export interface ShownLane {
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

let shownLanes: readonly ShownLane[] = [];

/** Tells the picture exports which lanes are drawn (none in the layered layout). */
export function setShownLanes(lanes: readonly ShownLane[]): void {
  shownLanes = lanes;
}

/** The lanes drawn behind the canvas now, for the picture exports. */
export function currentLanes(): readonly ShownLane[] {
  return shownLanes;
}

/** The whole story: all nodes, and all lanes when they are shown. */
function storyBox(cy: Core): BoundingBox12 & BoundingBoxWH {
  const bb = nodeBox(cy);
  if (!lanesExtent) return bb;
  const y1 = Math.min(bb.y1, lanesExtent.top);
  const y2 = Math.max(bb.y2, lanesExtent.bottom);
  return { x1: bb.x1, x2: bb.x2, w: bb.w, y1, y2, h: y2 - y1 };
}

/**
 * Fits the whole story (all nodes, and all lanes when they are shown) into view, never enlarged
 * beyond 1.5x. Asked for (the Fit button), it fits even when the titles then come out small: a
 * story whose lanes did not fit at a legible size (a tall lane of events close in time, a small
 * window) was left partly out of view by Fit itself. `legible` keeps the floor (presenter view,
 * read from across a room: its start is shown and the rest is a pan away).
 */
export function fitGraph(options: { readonly legible?: boolean } = {}): void {
  const cy = graphInstance();
  if (cy && cy.nodes().length > 0) showBox(cy, storyBox(cy), 1.5, options.legible === true);
}

/**
 * The opening view of a story (first start, import, opening another story): the whole
 * story, all lanes, never enlarged beyond natural size. A long story becomes an overview
 * (level-of-detail.ts leaves out what would be sub-pixel); the user zooms in from there.
 */
export function frameStory(): void {
  const cy = graphInstance();
  if (cy && cy.nodes().length > 0) showBox(cy, storyBox(cy), 1, true);
}

/** Frames the given events (and the links among them), zooming in no further than comfortable. */
export function frameEvents(ids: readonly string[]): void {
  const cy = graphInstance();
  if (!cy || ids.length === 0) return;
  const nodes = cy.collection();
  for (const id of ids) nodes.merge(cy.getElementById(nodeId(id)));
  if (nodes.empty()) return;
  cy.batch(() => {
    unframe(cy);
    nodes.addClass('framed');
  });
  framedNodes = nodes;
  const maxZoom = cy.maxZoom();
  cy.maxZoom(Math.min(maxZoom, 1));
  cy.fit(nodes, PADDING * 2);
  cy.maxZoom(maxZoom);
  const story = storyBox(cy);
  const zoom = cy.zoom();
  cy.pan(settlePan(cy.pan(), zoom, { ...story, x2: story.x2 + LABEL_ROOM }, { width: cy.width(), height: cy.height() }, screenPad()));
}

/** Removes the framing highlight. */
export function clearFrame(): void {
  const cy = graphInstance();
  if (cy) unframe(cy);
}

/**
 * The events framed last (frameEvents is the only one to add the class). Kept rather than
 * looked for: a `.framed` selector tests all 80,000 elements of a 20,000-event story, 25 ms
 * on each press on a conflict card.
 */
let framedNodes: CollectionReturnValue | null = null;

function unframe(cy: Core): void {
  // Another canvas instance (the renderer switched) starts with none framed.
  if (framedNodes && framedNodes.cy() === cy) framedNodes.removeClass('framed');
  framedNodes = null;
}
