import type { Core } from 'cytoscape';
import type { LaneBand } from '../../state';

/**
 * The scale whose lane was just added to the same story (its lanes before were all kept, this one is new),
 * or undefined: a story opened anew, a scale removed or renamed, or nothing added.
 */
export function addedLane<B extends Pick<LaneBand, 'scale'>>(before: readonly B[], after: readonly B[]): B | undefined {
  if (before.length === 0 || after.length !== before.length + 1) return undefined;
  const had = new Set(before.map((b) => b.scale));
  const added = after.filter((b) => !had.has(b.scale));
  return added.length === 1 ? added[0] : undefined;
}

/** Pans the least that brings `band` into the canvas's view (a new scale's lane is drawn below the others). */
export function revealBand(cy: Core, band: Pick<LaneBand, 'y' | 'height'>): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const top = band.y * zoom + pan.y;
  const bottom = (band.y + band.height) * zoom + pan.y;
  const height = cy.height();
  if (top >= 0 && bottom <= height) return;
  // Its bottom to the view's when the whole lane fits, else its top (the header names the lane) to the view's top.
  cy.panBy({ x: 0, y: bottom - top <= height && bottom > height ? height - bottom : -top });
}
