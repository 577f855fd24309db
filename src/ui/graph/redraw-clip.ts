import type { PixelRect } from './dirty-region';

/**
 * The canvas rectangles a frame drawn in part is clipped to, per 2D context, while that frame
 * is drawn (partial-redraw.ts sets them). A canvas cannot tell its clip, and drawing code that
 * cuts long lines to what can show (clipped-edge-lines.ts) cuts them to these instead of the
 * whole canvas.
 */
const clips = new WeakMap<object, readonly PixelRect[]>();

export function setRedrawClip(context: object, rects: readonly PixelRect[] | null): void {
  if (rects === null) clips.delete(context);
  else clips.set(context, rects);
}

/** The rectangles `context` is clipped to now, or null when it draws the whole canvas. */
export function redrawClipOf(context: object): readonly PixelRect[] | null {
  return clips.get(context) ?? null;
}
