import type { Core } from 'cytoscape';

/** Above this many events, only nodes are drawn while the view pans or zooms. */
export const HIDE_EDGES_ABOVE = 1500;

interface RendererFlags {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * Cheaper drawing during pan and zoom for large stories. react-cytoscapejs passes these
 * renderer options only when the canvas is created (with whatever story was open then),
 * so they are set on Cytoscape's renderer whenever the story size crosses a threshold.
 *
 * Cytoscape's `textureOnViewport` (pan a snapshot, redraw when the gesture ends) stays off at
 * every size. It was on above 4,000 events, from before the overview was drawn as dots and
 * the view culled: the snapshot starts with the bounding box of every element, which marks
 * each element whose style changed since as moved, and Cytoscape then works out every link's
 * geometry again. At 20,000 dense events the first pan after opening the story froze the page
 * for 2-7 s (`PROFILE_STEP=pan`). Drawn normally, a pan frame is the overview's dots (fitted)
 * or the few events on screen (zoomed in, links hidden while the view moves): bench:ui's pan,
 * 20,000 dense events, 16.7 / 33.3 / 50 ms frame median / p95 / max.
 */
export function tuneViewportDrawing(cy: Core, events: number): void {
  const renderer = (cy as unknown as { renderer?: () => RendererFlags | undefined }).renderer?.();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = events > HIDE_EDGES_ABOVE;
  renderer.textureOnViewport = false;
}
