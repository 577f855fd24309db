import type { SingularElementArgument } from 'cytoscape';
import { DotFrame } from './dot-frame';
import { nodesInOrder } from './incremental-z-order';

/** What drawDots needs of a 2D context (a real one in the browser, a recorder in tests). */
export type DotContext = Pick<CanvasRenderingContext2D, 'fillRect' | 'fillStyle' | 'globalAlpha'>;

/** A model-coordinate box: what the frame shows (Cytoscape's render extent). */
export interface ModelExtent {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** How one event looks from far out, worked out from its computed style. */
interface Dot {
  /** Cytoscape's hash of the element's computed style when this was worked out. */
  readonly styleKey: unknown;
  /** Half the side of the square. */
  readonly half: number;
  readonly colour: string;
  /** The same colour as numbers, for painting pixels. */
  readonly rgb: readonly [number, number, number];
  /** 0: not drawn (hidden, transparent). */
  readonly alpha: number;
}

/** The parts of a Cytoscape node read here: its computed style (`pstyle`), and Cytoscape's private record of it. */
interface StyledNode {
  readonly _private: {
    readonly group: string;
    readonly position: { readonly x: number; readonly y: number };
    readonly styleDirty?: boolean;
    readonly styleKey?: unknown;
    readonly rscratch: { overviewDot?: Dot };
  };
  visible(): boolean;
  pstyle(name: string): { value: unknown; pfValue?: number };
}

/** A square with the ink of a circle of diameter 1 (π/4 of its area). */
const ROUND = Math.sqrt(Math.PI / 4);
/** Colours are rounded to steps of this much per channel, so that events in one category share one colour string. */
const COLOUR_STEP = 8;

const colours = new Map<number, string>();

const quantise = (v: number): number => Math.min(255, Math.round(v / COLOUR_STEP) * COLOUR_STEP);

/** A CSS colour string, made once per (rounded) colour: assigning a new string makes the canvas parse it. */
function css(r: number, g: number, b: number): string {
  const key = (r << 16) | (g << 8) | b;
  let s = colours.get(key);
  if (s === undefined) {
    s = `rgb(${r},${g},${b})`;
    colours.set(key, s);
  }
  return s;
}

function rgb(value: unknown): [number, number, number] {
  const [r = 0, g = 0, b = 0] = Array.isArray(value) ? (value as number[]) : [];
  return [r, g, b];
}

/**
 * The event as one square of the same ink: its border ring and its fill, each as
 * opaque as the style says, averaged over the square (what a pixel holding a sub-pixel
 * node shows).
 */
function dotOf(n: StyledNode): Dot {
  const styleKey = n._private.styleKey;
  const none: Dot = { styleKey, half: 0, colour: '', rgb: [0, 0, 0], alpha: 0 };
  if (!n.visible()) return none;
  const opacity = Number(n.pstyle('opacity').value ?? 1);
  const w = n.pstyle('width').pfValue ?? 0;
  const h = n.pstyle('height').pfValue ?? 0;
  const side = ((w + h) / 2) * ROUND;
  if (opacity <= 0 || side <= 0) return none;
  const border = Math.min(n.pstyle('border-width').pfValue ?? 0, side / 2);
  const inner = (side - 2 * border) ** 2 / side ** 2;
  const ring = 1 - inner;
  const borderAlpha = ring * Number(n.pstyle('border-opacity').value ?? 1);
  const fillAlpha = inner * Number(n.pstyle('background-opacity').value ?? 1);
  const alpha = borderAlpha + fillAlpha;
  if (alpha <= 0) return none;
  const b = rgb(n.pstyle('border-color').value);
  const f = rgb(n.pstyle('background-color').value);
  const mix = (i: 0 | 1 | 2): number => quantise((b[i] * borderAlpha + f[i] * fillAlpha) / alpha);
  const ink = [mix(0), mix(1), mix(2)] as const;
  return { styleKey, half: side / 2, colour: css(...ink), rgb: ink, alpha: Math.min(1, alpha * opacity) };
}

/**
 * Draws a frame of the whole graph as seen from far out: each event a square of its
 * own size (a sub-pixel speck, as Cytoscape would draw it) with the ink of its fill and
 * border; links and labels are not drawn (at this zoom Cytoscape would not draw them
 * either: level-of-detail.ts, min-zoomed-font-size).
 *
 * Why: Cytoscape draws such a frame from its texture cache of the whole graph, one layer,
 * and any change to any element (an edit, a new conflict mark) throws that layer away;
 * the next frames then draw all 5,000 or 20,000 events one by one through its element
 * texture cache (about 25 µs each: bounding box, texture lookup, underlay, label and
 * overlay checks, image scaling) and rebuild the layer over further frames. Here each
 * event's few pixels are painted into one image (dot-raster.ts), drawn onto the canvas at
 * once: a fillRect per event cost 65-107 ms a frame at 20,000 events, recorded and then
 * rasterised by the browser. A context that cannot give its pixels (a test's recorder)
 * gets a fillRect per event. What an event looks like is worked out again only when
 * Cytoscape's hash of its computed style changes, and a frame of the same view as the last
 * paints again only where events changed (dot-frame.ts).
 */
export function drawDots(context: DotContext, eles: ArrayLike<SingularElementArgument>, extent?: ModelExtent): void {
  const alpha = context.globalAlpha;
  const pixels = pixelContext(context);
  const m = pixels?.getTransform();
  // Painted pixel by pixel where the context allows (a browser canvas, no rotation); else a fillRect per event.
  const frame = pixels && m && m.b === 0 && m.c === 0 ? scratchFor(pixels.canvas.width, pixels.canvas.height) : null;
  const nodes = nodesInOrder(eles as unknown as ArrayLike<StyledNode>);
  if (!frame || !pixels || !m) {
    drawRects(context, nodes, extent);
    return;
  }
  // DOMMatrix's fields are browser bindings (a call each): read once a frame, not per event.
  const { a, d, e, f } = m;
  const view = [a, d, e, f, alpha, extent?.x1 ?? -Infinity, extent?.y1 ?? -Infinity, extent?.x2 ?? Infinity, extent?.y2 ?? Infinity];
  const changed = frame.dots.paint(nodes, view, nodes.length, (i, out) => {
    const n = nodes[i]!;
    const dot = dotFor(n);
    if (dot.alpha === 0) return false;
    const { x, y } = n._private.position;
    if (extent && (x + dot.half < extent.x1 || x - dot.half > extent.x2 || y + dot.half < extent.y1 || y - dot.half > extent.y2)) return false;
    const x0 = a * (x - dot.half) + e;
    const x1 = a * (x + dot.half) + e;
    const y0 = d * (y - dot.half) + f;
    const y1 = d * (y + dot.half) + f;
    out[0] = Math.min(x0, x1);
    out[1] = Math.min(y0, y1);
    out[2] = Math.max(x0, x1);
    out[3] = Math.max(y0, y1);
    out[4] = dot.rgb[0];
    out[5] = dot.rgb[1];
    out[6] = dot.rgb[2];
    out[7] = alpha * dot.alpha;
    return true;
  });
  if (changed) frame.context.putImageData(frame.image, 0, 0, changed.x, changed.y, changed.width, changed.height);
  pixels.save();
  pixels.setTransform(1, 0, 0, 1, 0, 0);
  pixels.globalAlpha = 1;
  pixels.drawImage(frame.canvas, 0, 0);
  pixels.restore();
}

/** How the event looks from far out, worked out again only when Cytoscape's hash of its computed style changed. */
function dotFor(n: StyledNode): Dot {
  const p = n._private;
  // Reading a style property brings a changed element's style (and its hash) up to date.
  if (p.styleDirty) n.pstyle('opacity');
  let dot = p.rscratch.overviewDot;
  if (dot === undefined || dot.styleKey !== p.styleKey) p.rscratch.overviewDot = dot = dotOf(n);
  return dot;
}

/** A fillRect per event, in model coordinates: for a context that cannot give its pixels (a test's recorder, a huge export). */
function drawRects(context: DotContext, nodes: readonly StyledNode[], extent?: ModelExtent): void {
  const alpha = context.globalAlpha;
  let fill: unknown = null;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const dot = dotFor(n);
    if (dot.alpha === 0) continue;
    const { x, y } = n._private.position;
    if (extent && (x + dot.half < extent.x1 || x - dot.half > extent.x2 || y + dot.half < extent.y1 || y - dot.half > extent.y2)) continue;
    if (dot.colour !== fill) context.fillStyle = fill = dot.colour;
    context.globalAlpha = alpha * dot.alpha;
    context.fillRect(x - dot.half, y - dot.half, 2 * dot.half, 2 * dot.half);
  }
  context.globalAlpha = alpha;
}

/** Has the next frame of dots painted from scratch, not only where dots changed (for tests comparing the two). */
export function forgetOverviewFrame(): void {
  scratch?.dots.forget();
}

/** What painting pixels needs of a context besides DotContext: a browser canvas's 2D context. */
type PixelContext = DotContext &
  Pick<CanvasRenderingContext2D, 'getTransform' | 'setTransform' | 'drawImage' | 'save' | 'restore'> & { readonly canvas: { readonly width: number; readonly height: number } };

/**
 * Above this many pixels (a 4K screen's canvas has 8.3 million), fillRect per event: a picture
 * exported at up to 16,000 px a side would otherwise need an image buffer of up to 1 GB.
 */
const MAX_PIXELS = 12_000_000;

function pixelContext(context: DotContext): PixelContext | null {
  const c = context as Partial<PixelContext>;
  const able =
    typeof OffscreenCanvas !== 'undefined' &&
    typeof ImageData !== 'undefined' &&
    typeof c.getTransform === 'function' &&
    typeof c.setTransform === 'function' &&
    typeof c.drawImage === 'function' &&
    c.canvas !== undefined &&
    c.canvas.width > 0 &&
    c.canvas.height > 0 &&
    c.canvas.width * c.canvas.height <= MAX_PIXELS;
  return able ? (c as PixelContext) : null;
}

/** The pixels a frame of dots is painted into, then drawn onto the canvas in one image: kept for the canvas's size, and with them the last frame (dot-frame.ts). */
interface Scratch {
  readonly canvas: OffscreenCanvas;
  readonly context: OffscreenCanvasRenderingContext2D;
  readonly image: ImageData;
  readonly dots: DotFrame;
}

let scratch: Scratch | null = null;

function scratchFor(width: number, height: number): Scratch | null {
  if (scratch && scratch.image.width === width && scratch.image.height === height) return scratch;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  const image = new ImageData(width, height);
  scratch = { canvas, context, image, dots: new DotFrame({ data: image.data, width, height }) };
  return scratch;
}
