/** A model-space box: the story's extent. */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Screen room kept clear at each side (the lane gutter, the ruler). */
export interface ScreenPad {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Moves a pan so that the story does not leave empty screen between its edge and the
 * viewport's while there is more of it to show on the other side. Centring a few events
 * near the top of the lanes otherwise left a blank band above the first lane, and the
 * story's rest was cut off below. Shifts are only ever towards hidden content, so what was
 * in view when the edge was out of place stays in view.
 */
export function settlePan(
  pan: { readonly x: number; readonly y: number },
  zoom: number,
  box: ModelBox,
  viewport: { readonly width: number; readonly height: number },
  pad: ScreenPad,
): { x: number; y: number } {
  return {
    x: settleAxis(pan.x, box.x1 * zoom, box.x2 * zoom, pad.left, viewport.width - pad.right),
    y: settleAxis(pan.y, box.y1 * zoom, box.y2 * zoom, pad.top, viewport.height - pad.bottom),
  };
}

/** One axis: `start` and `end` are the story's edges at this zoom, `lo` and `hi` the room on screen. */
function settleAxis(pan: number, start: number, end: number, lo: number, hi: number): number {
  const gapBefore = pan + start - lo;
  const gapAfter = hi - (pan + end);
  // The story fits: leave it where it was put (centred by fit).
  if (end - start <= hi - lo) return pan;
  if (gapBefore > 0) return pan - gapBefore;
  if (gapAfter > 0) return pan + gapAfter;
  return pan;
}
