import type { Core, SingularElementArgument } from 'cytoscape';
import { layersCannotFit } from './layered-cache-fit';
import { drawDots, type DotContext, type ModelExtent } from './overview-dots';
import { settleBounds } from './settled-bounds';
import { ViewportCulling, type Box } from './viewport-culling';

/**
 * At or below this zoom (times the pixel ratio) links are not drawn. A link is 1 to 6
 * model px wide, so there it would be a line under 0.4 px, but drawing 15,000 of them
 * (5,000 events fitted into view) costs about half a second per frame. 1/16 is also
 * where Cytoscape's coarsest cached texture level begins, so a cached layer never mixes
 * the two looks.
 */
export const LINKS_MIN_ZOOM = 1 / 16;

/**
 * Below this zoom links are drawn without arrowheads. An arrowhead is about 26 model px,
 * so under 4 px there; yet it is most of the cost of drawing a link (a rotated path per
 * link per frame). Direction stays readable from the lanes: causes sit left of their
 * effects, and a link running backwards is marked as a conflict.
 */
export const ARROWS_MIN_ZOOM = 0.15;

type DrawCachedElement = (
  this: CanvasRenderer,
  context: unknown,
  ele: SingularElementArgument,
  pxRatio: unknown,
  extent: unknown,
  lvl: unknown,
  requestHighQuality: unknown,
) => void;

type DrawArrowheads = (this: CanvasRenderer, context: unknown, edge: unknown, opacity: unknown) => void;

type DrawCachedElements = (this: CanvasRenderer, context: unknown, eles: ArrayLike<SingularElementArgument>, pxRatio: unknown, extent: unknown) => void;

interface CanvasRenderer {
  drawCachedElement?: DrawCachedElement;
  drawCachedElements?: DrawCachedElements;
  drawCachedNodes?: DrawCachedElements;
  drawLayeredElements?: DrawCachedElements;
  drawArrowheads?: DrawArrowheads;
}

/** The scale from model to canvas pixels of a context Cytoscape is about to draw the graph into (zoom times pixel ratio). */
function contextScale(context: unknown): number | null {
  const c = context as Partial<Pick<CanvasRenderingContext2D, 'getTransform'>> | null;
  if (!c || typeof c.getTransform !== 'function') return null;
  const m = c.getTransform();
  return Math.hypot(m.a, m.b);
}

const tuned = new WeakSet<object>();

/** Cytoscape's extent argument, when it is one. */
function asBox(extent: unknown): Box | null {
  const b = extent as Partial<Box> | null | undefined;
  return b && typeof b.x1 === 'number' && typeof b.x2 === 'number' && typeof b.y1 === 'number' && typeof b.y2 === 'number' ? (b as Box) : null;
}

/**
 * Level of detail for overviews: zoomed out past ARROWS_MIN_ZOOM links lose their
 * arrowheads, past LINKS_MIN_ZOOM the canvas draws events only (the lanes and the events'
 * conflict colours are what such a view shows), as dots drawn directly (overview-dots.ts)
 * rather than through Cytoscape's texture caches. Done by wrapping drawing calls of this
 * instance's canvas renderer, which Cytoscape makes per element (or per frame); a
 * renderer without them (another Cytoscape version, headless) is left alone. Returns
 * whether it is installed.
 */
export function installLevelOfDetail(cy: Core): boolean {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  if (!r || tuned.has(r)) return r !== undefined;
  const draw = r.drawCachedElement;
  const arrows = r.drawArrowheads;
  if (typeof draw !== 'function' || typeof arrows !== 'function') return false;
  const zoom = (): number => cy.zoom() * (globalThis.devicePixelRatio || 1);
  const drawAt = (renderer: CanvasRenderer, z: number, context: unknown, ele: SingularElementArgument, pxRatio: unknown, extent: unknown, lvl?: unknown, hq?: unknown): void => {
    if (z <= LINKS_MIN_ZOOM && ele.isEdge()) return;
    draw.call(renderer, context, ele, pxRatio, extent, lvl, hq);
  };
  r.drawCachedElement = function drawCachedElement(this: CanvasRenderer, context, ele, pxRatio, extent, lvl, requestHighQuality) {
    drawAt(this, zoom(), context, ele, pxRatio, extent, lvl, requestHighQuality);
  };
  // The loop over every element of a frame (or of a cached layer): the zoom read once, not per element,
  // and only the elements near the view looked at (viewport-culling.ts). The same for the loop that
  // draws only the events (links hidden while the view moves, for a large story): without it each
  // frame of a zoomed-in pan tested all 80,000 elements of a 20,000-event story (60-90 ms).
  if (typeof r.drawCachedElements === 'function') {
    // A link's box follows its ends, and Cytoscape tells of a moved event but not of its links.
    const culling = new ViewportCulling<SingularElementArgument>(
      (ele) => (ele.isNode() ? ele.connectedEdges() : []),
      (list) => settleBounds(cy, list),
    );
    cy.on('bounds', (e) => culling.boundsChanged(e.target as SingularElementArgument));
    cy.on('position', 'node', (e) => culling.moved(e.target as SingularElementArgument));
    const drawNear = (renderer: CanvasRenderer, context: unknown, eles: ArrayLike<SingularElementArgument>, pxRatio: unknown, extent: unknown, nodesOnly: boolean): void => {
      const z = zoom();
      const view = asBox(extent);
      const near = view ? culling.near(eles, view) : eles;
      for (let i = 0; i < near.length; i++) {
        const ele = near[i]!;
        if (!nodesOnly || ele.isNode()) drawAt(renderer, z, context, ele, pxRatio, extent);
      }
    };
    r.drawCachedElements = function drawCachedElements(this: CanvasRenderer, context, eles, pxRatio, extent) {
      drawNear(this, context, eles, pxRatio, extent, false);
    };
    if (typeof r.drawCachedNodes === 'function') {
      r.drawCachedNodes = function drawCachedNodes(this: CanvasRenderer, context, eles, pxRatio, extent) {
        drawNear(this, context, eles, pxRatio, extent, true);
      };
    }
  }
  r.drawArrowheads = function drawArrowheads(this: CanvasRenderer, context, edge, opacity) {
    if (zoom() < ARROWS_MIN_ZOOM) return;
    arrows.call(this, context, edge, opacity);
  };
  // Zoomed out past LINKS_MIN_ZOOM, the whole frame (all events, as dots) is drawn directly; see overview-dots.ts.
  // A graph too big for Cytoscape's layered textures at this zoom is drawn one by one at once (layered-cache-fit.ts).
  for (const name of ['drawLayeredElements', 'drawCachedNodes'] as const) {
    const original = r[name];
    if (typeof original !== 'function') continue;
    const layered = name === 'drawLayeredElements';
    r[name] = function overviewOrOriginal(this: CanvasRenderer, context, eles, pxRatio, extent) {
      const scale = contextScale(context);
      if (scale !== null && scale <= LINKS_MIN_ZOOM) drawDots(context as DotContext, eles, extent as ModelExtent | undefined);
      else if (layered && this.drawCachedElements && typeof pxRatio === 'number' && layersCannotFit(eles, cy.zoom(), pxRatio)) {
        this.drawCachedElements(context, eles, pxRatio, extent);
      } else {
        // Cytoscape's layers union every element's box first, asking one by one (see settled-bounds.ts).
        if (layered) settleBounds(cy, eles);
        original.call(this, context, eles, pxRatio, extent);
      }
    };
  }
  tuned.add(r);
  return true;
}
