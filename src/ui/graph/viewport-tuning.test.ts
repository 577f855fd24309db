import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { HIDE_EDGES_ABOVE, tuneViewportDrawing } from './viewport-tuning';

/** A canvas whose renderer holds the two flags, as Cytoscape's does. */
function canvas(): { cy: Core; flags: { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } } {
  const flags = { textureOnViewport: true };
  return { cy: { renderer: () => flags } as unknown as Core, flags };
}

describe('drawing while the view moves', () => {
  it('hides links while a large story is panned or zoomed, and never pans a snapshot', () => {
    const big = canvas();
    tuneViewportDrawing(big.cy, 20_000);
    expect(big.flags).toEqual({ hideEdgesOnViewport: true, textureOnViewport: false });
    const small = canvas();
    tuneViewportDrawing(small.cy, HIDE_EDGES_ABOVE);
    expect(small.flags).toEqual({ hideEdgesOnViewport: false, textureOnViewport: false });
  });

  it('leaves a canvas without a renderer (headless) alone', () => {
    expect(() => tuneViewportDrawing({ renderer: () => undefined } as unknown as Core, 20_000)).not.toThrow();
  });
});
