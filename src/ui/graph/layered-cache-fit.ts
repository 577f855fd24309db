import type { Box } from './viewport-culling';

/**
 * Whether Cytoscape's layered texture cache certainly cannot hold the graph at this zoom.
 *
 * Between zooms 1/16 and 4, Cytoscape 3.34 draws each frame from a few big textures of the
 * whole graph (`LayeredTextureCache.getLayers`). Before it makes one, it unions the bounding
 * boxes of all elements, and if the texture would be over 32,767 px a side or 4,000² px in
 * area it gives up and draws the elements one by one. It does that union again every frame:
 * at 20,000 events (80,000 elements) zoomed in, 60-70 ms a frame spent to learn that the
 * graph does not fit. The union of some of the elements' boxes lies inside the union of all,
 * so when a sample already does not fit, the whole does not either, and the frame can go
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

/** True only when layers for `eles` at this zoom are certainly too big (false when they might fit, or none are made). */
export function layersCannotFit(eles: ArrayLike<{ boundingBox(): Box }>, zoom: number, pxRatio: number): boolean {
  const level = layerLevel(zoom, pxRatio);
  if (level === null || eles.length === 0) return false;
  const step = Math.max(1, Math.floor(eles.length / SAMPLE));
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const last = eles.length - 1;
  for (let i = 0; i <= last; i = i === last ? last + 1 : Math.min(i + step, last)) {
    const b = eles[i]!.boundingBox();
    if (b.x1 < x1) x1 = b.x1;
    if (b.y1 < y1) y1 = b.y1;
    if (b.x2 > x2) x2 = b.x2;
    if (b.y2 > y2) y2 = b.y2;
  }
  const scale = 2 ** level;
  const w = Math.ceil((x2 - x1) * scale);
  const h = Math.ceil((y2 - y1) * scale);
  return w > MAX_LAYER_SIDE || h > MAX_LAYER_SIDE || w * h > MAX_LAYER_AREA;
}
