import cytoscape, { type Core, type StylesheetJsonBlock } from 'cytoscape';
import { useEffect, useRef } from 'react';

interface Props {
  readonly className: string;
  readonly stylesheet: StylesheetJsonBlock[];
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Draw through Cytoscape's WebGL renderer; changing it makes a new instance. */
  readonly webgl: boolean;
  /** The instance, once created; null when it is destroyed. */
  readonly onCy: (cy: Core | null) => void;
}

/**
 * Cytoscape's WebGL renderer is chosen when an instance is created (react-cytoscapejs
 * passes no `renderer` options), and the canvas elements are patched by patchGraph
 * anyway, so the canvas is hosted here directly: one instance per renderer choice.
 */
export function CytoscapeCanvas({ className, stylesheet, minZoom, maxZoom, webgl, onCy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // The first values are the instance's; a new stylesheet or zoom range does not recreate it.
  const options = useRef({ stylesheet, minZoom, maxZoom, onCy });
  useEffect(() => {
    const { stylesheet: style, minZoom: min, maxZoom: max, onCy: report } = options.current;
    const cy = cytoscape({
      container: container.current,
      style,
      minZoom: min,
      maxZoom: max,
      boxSelectionEnabled: true,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    if (webgl) restoreCanvasLayers(cy);
    report(cy);
    return () => {
      report(null);
      cy.destroy();
    };
  }, [webgl]);
  return <div ref={container} className={className} />;
}

/**
 * Cytoscape 3.34 marks WebGL on the canvas renderer's shared prototype (4 layers instead of
 * 3) when a WebGL instance is made, so every later 2D instance would get an unused WebGL
 * layer too. The WebGL instance keeps its own count; the shared one goes back to 3.
 */
function restoreCanvasLayers(cy: Core): void {
  let proto: object | null = (cy as unknown as { renderer(): object }).renderer();
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, 'CANVAS_TYPES')) proto = Object.getPrototypeOf(proto) as object | null;
  if (proto) (proto as { CANVAS_LAYERS: number }).CANVAS_LAYERS = 3;
}
