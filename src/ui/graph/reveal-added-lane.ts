import type { Core } from 'cytoscape';

/** A band of the lanes layout (model coordinates). */
export interface Band {
  readonly scale: string;
  readonly y: number;
  readonly height: number;
}

/**
 * The scale whose lane was just added to the same story (its lanes before were all kept, this one is new),
 * or undefined: a story opened anew, a scale removed or renamed, or nothing added.
 */
export function addedLane(before: readonly Band[], after: readonly Band[]): Band | undefined {
  if (before.length === 0 || after.length !== before.length + 1) return undefined;
  const had = new Set(before.map((b) => b.scale));
  const added = after.filter((b) => !had.has(b.scale));
  return added.length === 1 && after.length - added.length === had.size ? added[0] : undefined;
}

/** Pans the least that brings `band` into the canvas's view (a new scale's lane is drawn below the others). */
export function revealBand(cy: Core, band: Band): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const top = band.y * zoom + pan.y;
  const bottom = (band.y + band.height) * zoom + pan.y;
  const height = cy.height();
  if (top >= 0 && bottom <= height) return;
  // Its top in view first (the header names the lane), then as much of the rest as fits.
  const dy = bottom - top > height ? -top : bottom > height ? height - bottom : -top;
  cy.panBy({ x: 0, y: dy });
}
