import type { Core, SingularElementArgument } from 'cytoscape';
import { CoveredCells, MAX_AREA_SHARE, sameView, type CanvasView, type PixelRect } from './dirty-region';
import { pixelsOfShape, shapeMeets, shapeOf, type Shape } from './drawn-shape';
import { LINKS_MIN_ZOOM } from './level-of-detail';
import { partPieces } from './part-pieces';
import { setRedrawClip } from './redraw-clip';

/**
 * After an edit, only the part of the canvas that changed is drawn again.
 *
 * Cytoscape clears and draws its whole canvas for any change. Zoomed in on a 20,000-event
 * story, that frame was 96-112 ms after an edit: Cytoscape's drawing of the 600 elements near
 * the view (16-49 ms), then Chromium's software rasterising of the 460 long links crossing it
 * (60-80 ms). The edited event and its links, and the events whose conflict marks changed,
 * cover a small part of the view. So, when the view has not moved since the last frame and
 * Cytoscape was told which elements changed (its `style`, `bounds`, `position` and `zorder`
 * notifications, and the textures it finished for them), the frame clears and clips to the
 * pixels those elements covered when last drawn and cover now (a link as a band of small
 * rectangles along it, not its whole box), and draws only the elements that meet them.
 * Pixels inside come out as a whole frame would draw them; pixels outside did not change.
 * A part of many rectangles (a moved event's long links) is drawn in pieces, one a frame, so
 * that no frame draws and rasterises more than about a piece's worth: the pieces left wait
 * until the next frame, with whatever changes meanwhile.
 *
 * Any doubt draws the whole frame: a change Cytoscape did not name (a redraw asked for outside
 * a notification, such as a press on the canvas), elements added, removed or dragged, the view
 * moving, Cytoscape's layer textures in use (small stories, where frames are cheap), the
 * overview's dots, many elements changed, or the changed part over half the canvas.
 */

/** Notifications that name the elements whose look changed and nothing else. */
const ELEMENT_CHANGES = new Set(['style', 'bounds', 'position', 'zorder', 'background']);

/** Above this many changed elements, a frame is drawn whole (finding their pixels would cost more than it saves). */
const MAX_CHANGED = 256;

/**
 * Above this many elements drawn in a frame, their shapes are not remembered (the frame after
 * is drawn whole): remembering costs about a microsecond an element, and a frame drawing that
 * many is an overview or a story being filled in, not an edit zoomed in on a few events.
 */
const MAX_RECORDED = 2000;

/**
 * Most rectangles a frame draws again; a larger part is drawn in pieces, one a frame (see
 * part-pieces.ts). A link across the view is a band of 10-20 of them.
 */
const PIECE_RECTS = 40;

type Ele = SingularElementArgument;

interface RenderOptions {
  readonly forcedContext?: unknown;
  readonly drawAllLayers?: boolean;
  readonly drawOnlyNodeLayer?: boolean;
}

type DrawElement = (this: Renderer, context: unknown, ele: Ele, ...rest: unknown[]) => void;

/** A request of Cytoscape's element and label texture caches, as they hand them to `onDequeue` listeners. */
interface TextureRequest {
  readonly ele?: Ele;
  readonly eles?: readonly Ele[];
}

interface TextureCache {
  onDequeue?: (fn: (requests: readonly TextureRequest[]) => void) => void;
}

interface LayerCache {
  requestRedraw?: (...args: unknown[]) => void;
  getLayers?: (...args: unknown[]) => unknown;
}

/** The parts of Cytoscape's canvas renderer used here. */
interface Renderer {
  render?: (this: Renderer, options?: RenderOptions) => void;
  notify?: (this: Renderer, eventName: string, eles?: ArrayLike<Ele>) => void;
  redrawHint?: (this: Renderer, group: string, bool: boolean) => void;
  redraw?: (this: Renderer) => void;
  drawCachedElement?: DrawElement;
  getCachedZSortedEles?: (this: Renderer) => { readonly nondrag?: ArrayLike<Ele> };
  getPixelRatio?: (this: Renderer) => number;
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  readonly NODE: number;
  /** Set on a WebGL renderer, which draws elements another way. */
  readonly webgl?: boolean;
  readonly motionBlur?: boolean;
  readonly pinching?: boolean;
  readonly swipePanning?: boolean;
  readonly hoverData?: { readonly dragging?: boolean; readonly draggingEles?: boolean };
  readonly data?: {
    readonly canvasNeedsRedraw: boolean[];
    readonly contexts: readonly (CanvasRenderingContext2D | undefined)[];
    readonly wheelZooming?: boolean;
    readonly eleTxrCache?: TextureCache;
    readonly lblTxrCache?: TextureCache;
    readonly slbTxrCache?: TextureCache;
    readonly tlbTxrCache?: TextureCache;
    readonly lyrTxrCache?: LayerCache;
  };
}

/** The pixels a frame draws again, the cells they touch (elements meeting none are not drawn), and the changed elements' shapes now (none when removed). */
interface Part {
  readonly rects: readonly PixelRect[];
  readonly cells: CoveredCells;
  readonly now: ReadonlyMap<Ele, Shape | null>;
}

const tuned = new WeakSet<object>();

/** Frames of the main layer drawn whole and in part, per renderer (for tests and benchmarks). */
export interface RedrawCounts {
  whole: number;
  partial: number;
  /** Of the partial ones, frames that drew a piece of a part too large for one frame. */
  pieces: number;
  /** Rectangles of such a part still waiting for a frame (0 once the canvas shows every change). */
  pending: number;
}
const counts = new WeakMap<object, RedrawCounts>();

/** How many frames this instance drew whole and in part; null when partial redraws are not installed. */
export function redrawCounts(cy: Core): Readonly<RedrawCounts> | null {
  const r = (cy as unknown as { renderer?: () => object | undefined }).renderer?.();
  return (r && counts.get(r)) ?? null;
}

/** Per renderer: most rectangles a frame draws again before the part is drawn in pieces. */
const pieceSizes = new WeakMap<object, number>();

/**
 * Sets how many rectangles a frame draws again before a part is drawn in pieces (null: the
 * default), so that tests can have small parts drawn in pieces whatever the machine's timing.
 */
export function setPieceSize(cy: Core, rects: number | null): void {
  const r = (cy as unknown as { renderer?: () => object | undefined }).renderer?.();
  if (!r) return;
  if (rects === null) pieceSizes.delete(r);
  else pieceSizes.set(r, Math.max(1, Math.floor(rects)));
}

/** Per renderer: marks the next frame as one to draw whole. */
const wholeMarkers = new WeakMap<object, () => void>();

/**
 * Has the next frame drawn whole and asks for it (for tests comparing a part with the whole).
 * Not through a redraw hint alone: a hint outside a notification may be taken for the elements
 * whose textures were just dequeued, and the frame is then drawn in part.
 */
export function redrawWhole(cy: Core): void {
  const r = (cy as unknown as { renderer?: () => { redrawHint(group: string, bool: boolean): void; redraw(): void } | undefined }).renderer?.();
  if (!r) return;
  wholeMarkers.get(r)?.();
  r.redrawHint('eles', true);
  r.redraw();
}

/** Whether the view is being moved or elements dragged: then every frame differs everywhere. */
function moving(r: Renderer, cy: Core): boolean {
  return Boolean(r.motionBlur || r.pinching || r.swipePanning || r.hoverData?.dragging || r.hoverData?.draggingEles || r.data?.wheelZooming || cy.animated());
}

/**
 * Installs partial redraws on this instance's canvas renderer. Install before the level of
 * detail (level-of-detail.ts), which draws each element through the renderer's
 * `drawCachedElement` as it finds it then. Returns whether it is installed (not headless,
 * not the WebGL renderer).
 */
export function installPartialRedraw(cy: Core): boolean {
  const r = (cy as unknown as { renderer?: () => Renderer | undefined }).renderer?.();
  if (!r || tuned.has(r)) return r !== undefined && tuned.has(r);
  if (r.webgl) return false;
  const ctx = r.data?.contexts[r.NODE];
  const { render, notify, redrawHint, drawCachedElement, getPixelRatio } = r;
  if (!ctx || typeof ctx.clearRect !== 'function' || !render || !notify || !redrawHint || !drawCachedElement || !r.getCachedZSortedEles || !getPixelRatio) {
    return false;
  }
  const clearRect = ctx.clearRect;
  const counted: RedrawCounts = { whole: 0, partial: 0, pieces: 0, pending: 0 };
  counts.set(r, counted);

  /** Elements named as changed since the main layer was last drawn. */
  let changed = new Set<Ele>();
  /** Whether the next frame must be drawn whole; the first one is. */
  let whole = true;
  wholeMarkers.set(r, () => {
    whole = true;
  });
  let notifying = false;
  /** The view and the main layer's list when the main layer was last drawn. */
  let lastView: CanvasView | null = null;
  let lastList: ArrayLike<Ele> | null = null;
  /** What each element drawn on the main layer since the last whole frame covered when drawn, or for one named as changed since, covers now. */
  let drawn = new Map<Ele, Shape>();
  /** Rectangles of a part still to draw again, in later frames, when a part was drawn in pieces. */
  let pending: PixelRect[] = [];
  /** Whether the frame being drawn draws a piece of a larger part. */
  let inPieces = false;
  /** For the frame being drawn: the part drawn again, and whether the canvas was cleared and clipped to it. */
  let part: Part | null = null;
  let clipped = false;
  /** Whether the frame being drawn is of the main layer with the view still (then what is drawn is remembered). */
  let drawingMain = false;
  /** Whether that frame put layer textures (many elements in one image) on the main layer. */
  let usedLayers = false;
  /** Elements drawn on the main layer in the frame being drawn. */
  let recorded = 0;

  const viewNow = (): CanvasView => {
    const pan = cy.pan();
    return { zoom: cy.zoom(), panX: pan.x, panY: pan.y, pixelRatio: getPixelRatio.call(r), width: r.canvasWidth, height: r.canvasHeight };
  };

  /**
   * The part to draw again in this frame for the changed elements and what earlier pieces left,
   * or null to draw the whole frame. A part of many rectangles is drawn one piece a frame: the
   * rest is left pending.
   */
  const partFor = (view: CanvasView): Part | null => {
    if (changed.size === 0 && pending.length === 0) return null;
    inPieces = pending.length > 0;
    const rects: PixelRect[] = pending;
    const now = new Map<Ele, Shape | null>();
    const add = (ele: Ele): void => {
      if (now.has(ele)) return;
      const before = drawn.get(ele);
      if (before) pixelsOfShape(before, view, rects);
      const shape = ele.removed() ? null : shapeOf(ele);
      if (shape) pixelsOfShape(shape, view, rects);
      now.set(ele, shape);
    };
    for (const ele of changed) {
      add(ele);
      // A restyled event may have changed size, and its links end on its border.
      if (ele.isNode()) ele.connectedEdges().forEach(add);
      if (now.size > MAX_CHANGED) return null;
    }
    const all = new CoveredCells(rects, view);
    if (all.share > MAX_AREA_SHARE) return null;
    const most = pieceSizes.get(r) ?? PIECE_RECTS;
    if (rects.length <= most) {
      pending = [];
      return { rects, cells: all, now };
    }
    const [first, ...rest] = partPieces(rects, most);
    pending = rest.flat();
    inPieces = true;
    return { rects: first!, cells: new CoveredCells(first!, view), now };
  };

  // Textures Cytoscape made in idle time for restyled elements replace how they were drawn
  // meanwhile; it then asks for a redraw outside a notification, which names these elements.
  const dequeued = new Set<Ele>();
  const data = r.data;
  for (const cache of [data?.eleTxrCache, data?.lblTxrCache, data?.slbTxrCache, data?.tlbTxrCache]) {
    cache?.onDequeue?.((requests) => {
      for (const q of requests) {
        if (q.eles) q.eles.forEach((e) => dequeued.add(e));
        else if (q.ele) dequeued.add(q.ele);
      }
    });
  }
  const layers = data?.lyrTxrCache;
  const { requestRedraw: requestLayersRedraw, getLayers } = layers ?? {};
  if (layers && requestLayersRedraw) {
    // A layer texture replaced: anything may look different.
    layers.requestRedraw = function (this: LayerCache, ...args: unknown[]) {
      whole = true;
      requestLayersRedraw.apply(this, args);
    };
  }
  if (layers && getLayers) {
    layers.getLayers = function (this: LayerCache, ...args: unknown[]) {
      const found = getLayers.apply(this, args);
      if (drawingMain && Array.isArray(found) && found.length > 0) usedLayers = true;
      return found;
    };
  }

  r.notify = function (this: Renderer, eventName, eles) {
    if (!whole && ELEMENT_CHANGES.has(eventName) && eles && eles.length > 0 && changed.size + eles.length <= MAX_CHANGED) {
      for (let i = 0; i < eles.length; i++) changed.add(eles[i]!);
    } else {
      whole = true;
    }
    notifying = true;
    try {
      notify.call(this, eventName, eles);
    } finally {
      notifying = false;
    }
  };

  r.redrawHint = function (this: Renderer, group, bool) {
    if (group === 'eles' && bool && !notifying) {
      // Asked for outside a notification: textures made (named above), or a change not named (a press, a drag).
      if (dequeued.size > 0 && changed.size + dequeued.size <= MAX_CHANGED) dequeued.forEach((e) => changed.add(e));
      else whole = true;
      dequeued.clear();
    }
    redrawHint.call(this, group, bool);
  };

  // Cytoscape clears the main layer once a frame, with no transform, before drawing it.
  ctx.clearRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
    if (part === null || clipped) {
      clearRect.call(this, x, y, w, h);
      return;
    }
    clipped = true;
    this.save();
    this.beginPath();
    for (const rect of part.rects) this.rect(rect.x, rect.y, rect.w, rect.h);
    this.clip();
    for (const rect of part.rects) clearRect.call(this, rect.x, rect.y, rect.w, rect.h);
    setRedrawClip(this, part.rects);
  };

  r.drawCachedElement = function (this: Renderer, context, ele, ...rest) {
    if (context === ctx && drawingMain) {
      if (part !== null && clipped) {
        // A part drawn again: only what meets it (most links crossing the view pass by it). An
        // element not named as changed is where it was last drawn: its shape is not worked out again.
        const shape = drawn.get(ele) ?? shapeOf(ele);
        if (!shapeMeets(shape, part.cells)) return;
        if (++recorded <= MAX_RECORDED) drawn.set(ele, shape);
      } else if (++recorded <= MAX_RECORDED) {
        drawn.set(ele, shapeOf(ele));
      }
    }
    drawCachedElement.call(this, context, ele, ...rest);
  };

  const drawPending = (): void => {
    const needs = r.data?.canvasNeedsRedraw;
    if (pending.length === 0 || !needs || cy.destroyed()) return;
    needs[r.NODE] = true;
    r.redraw?.();
  };

  r.render = function (this: Renderer, options) {
    const needs = this.data?.canvasNeedsRedraw;
    if (!needs || options?.forcedContext !== undefined || options?.drawAllLayers || options?.drawOnlyNodeLayer || !needs[this.NODE]) {
      render.call(this, options);
      return;
    }
    const view = viewNow();
    // Looked up now, not at install: incremental-z-order.ts replaces it afterwards.
    const list = this.getCachedZSortedEles?.().nondrag ?? null;
    const direct = view.zoom * view.pixelRatio > LINKS_MIN_ZOOM;
    // While the view or elements move, every frame is whole and links may be hidden: nothing is remembered.
    const still = !moving(this, cy);
    part = !whole && still && direct && list !== null && list === lastList && sameView(lastView, view) ? partFor(view) : null;
    const inPart = part !== null;
    if (part === null) {
      drawn = new Map();
      pending = [];
      inPieces = false;
    } else {
      // The changed elements' places now, drawn in this frame or not (one moved out of the view is no longer where it was).
      for (const [ele, shape] of part.now) {
        if (shape) drawn.set(ele, shape);
        else drawn.delete(ele);
      }
    }
    clipped = false;
    drawingMain = still;
    usedLayers = false;
    recorded = 0;
    try {
      render.call(this, options);
    } finally {
      if (clipped) {
        ctx.restore();
        setRedrawClip(ctx, null);
      }
      part = null;
      clipped = false;
      drawingMain = false;
    }
    if (!needs[this.NODE]) {
      if (inPart) counted.partial++;
      else counted.whole++;
      if (inPart && inPieces) counted.pieces++;
      lastView = view;
      lastList = this.getCachedZSortedEles?.().nondrag ?? null;
      changed = new Set();
      // Elements drawn while moving or inside layer textures were not seen one by one, and too many are not remembered: their places are not known.
      whole = !still || usedLayers || !direct || recorded > MAX_RECORDED;
      // The next piece in the next frame (Cytoscape takes requests for it once this one is done);
      // when that frame is to be drawn whole, it draws what was pending too, but it must be asked for.
      if (pending.length > 0) queueMicrotask(drawPending);
    }
    counted.pending = pending.length;
  };
  tuned.add(r);
  return true;
}
