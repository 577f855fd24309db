import type { Core } from 'cytoscape';

/** Above this many events, only nodes are drawn while the view pans or zooms. */
export const HIDE_EDGES_ABOVE = 1500;
/** Above this many events, panning moves a snapshot of the view, redrawn when the gesture ends. */
export const TEXTURE_ABOVE = 4000;

interface RendererFlags {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * Cheaper drawing during pan and zoom for large stories. react-cytoscapejs passes these
 * renderer options only when the canvas is created (with whatever story was open then),
 * so they are set on Cytoscape's renderer whenever the story size crosses a threshold.
 */
export function tuneViewportDrawing(cy: Core, events: number): void {
  const renderer = (cy as unknown as { renderer?: () => RendererFlags | undefined }).renderer?.();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = events > HIDE_EDGES_ABOVE;
  renderer.textureOnViewport = events > TEXTURE_ABOVE;
}
