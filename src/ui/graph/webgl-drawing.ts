import { localFlag } from './local-flag';

/**
 * Whether the canvas draws through Cytoscape's WebGL renderer (`renderer: { name: 'canvas',
 * webgl: true }`, Cytoscape 3.31+) instead of its 2D canvas: a choice of this browser,
 * off by default. Measured in bench/ui-bench.ts (BENCH_WEBGL=1); see docs/BENCHMARKS.md
 * for why it is not the default.
 */
const webgl = localFlag('arc-studio:webgl-drawing', 'on', 'off');

export function setWebglDrawing(on: boolean): void {
  webgl.set(on);
}

export function useWebglDrawing(): boolean {
  return webgl.use();
}

/** Whether this browser gives a page a WebGL 2 context (Cytoscape's renderer needs one) (none: the setting cannot be turned on). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
