/**
 * Whether Cytoscape's layered texture cache certainly cannot hold the graph at this zoom.
 *
 * Between zooms 1/16 and 4, Cytoscape 3.34 draws each frame from a few big textures of the
 * whole graph (`LayeredTextureCache.getLayers`). Before it makes one, it unions the bounding
 * boxes of all elements, and if the texture would be over 32,767 px a side or 4,000² px in
 * area it gives up and draws the elements one by one. It does that union again every frame:
 * at 20,000 events (80,000 elements) zoomed in, 60-70 ms a frame spent to learn that the
 * graph does not fit. Some nodes' centres lie inside the union of all boxes, so when a
 * sample of them already does not fit, the whole does not either, and the frame can go
 * straight to drawing one by one, as Cytoscape would after its union.
 */

/** Cytoscape's limits (LayeredTextureCache in cytoscape 3.34): levels are powers of two of the scale. */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
const MAX_LAYER_SIDE = 32_767;
const MAX_LAYER_AREA = 4000 * 4000;

/** About this many elements are looked at: enough for the extent of a laid-out story, about a millisecond. */
const SAMPLE = 1024;

/** The level (power of two) Cytoscape would make layers at, or null when it makes none at this zoom. */
export function layerLevel(zoom: number, pxRatio: number): number | null {
  const level = Math.ceil(Math.log2(zoom * pxRatio));
  if (level < MIN_LEVEL) return MIN_LEVEL;
  return zoom >= MAX_ZOOM || level > MAX_LEVEL ? null : level;
}

/** A node's centre. */
export interface Centred {
  position(): { readonly x: number; readonly y: number };
}

/** What is looked at of an element: whether it is a node, and then its centre. */
export interface Placed {
  isNode(): this is Centred;
}

/**
 * True only when layers for `eles` at this zoom are certainly too big (false when they might fit, or none are made).
 * The sample's nodes are looked at by their centres, which lie inside their boxes: after a time edit that moves
 * half the events, their boxes (and their links' boxes) would each be worked out again for this test alone.
 */
export function layersCannotFit(eles: ArrayLike<Placed>, zoom: number, pxRatio: number): boolean {
  const level = layerLevel(zoom, pxRatio);
  if (level === null || eles.length === 0) return false;
  const step = Math.max(1, Math.floor(eles.length / SAMPLE));
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const last = eles.length - 1;
  for (let i = 0; i <= last; i = i === last ? last + 1 : Math.min(i + step, last)) {
    const e = eles[i]!;
    if (!e.isNode()) continue;
    const p = e.position();
    if (p.x < x1) x1 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.x > x2) x2 = p.x;
    if (p.y > y2) y2 = p.y;
  }
  if (x2 < x1) return false;
  const scale = 2 ** level;
  const w = Math.ceil((x2 - x1) * scale);
  const h = Math.ceil((y2 - y1) * scale);
  return w > MAX_LAYER_SIDE || h > MAX_LAYER_SIDE || w * h > MAX_LAYER_AREA;
}
