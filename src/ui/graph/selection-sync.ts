import type { Core } from 'cytoscape';
import { edgeId, nodeId, storyId } from './canvas-ids';

/**
 * Makes the canvas selection equal to the store's. Only the previously applied and the
 * new selection are visited (not every element: a ':selected' query scans all 10,000).
 * Returns the set now applied, to pass as `before` next time.
 */
export function applySelection(cy: Core, before: ReadonlySet<string>, events: readonly string[], links: readonly string[]): Set<string> {
  const want = new Set<string>([...events.map(nodeId), ...links.map(edgeId)]);
  cy.batch(() => {
    for (const id of before) {
      if (want.has(id)) continue;
      const ele = cy.getElementById(id);
      if (ele.nonempty() && ele.selected()) ele.unselect();
    }
    for (const id of want) {
      const ele = cy.getElementById(id);
      if (ele.nonempty() && !ele.selected()) ele.select();
    }
  });
  return want;
}

/** The canvas selection as the store holds it. */
export function readSelection(cy: Core): { events: string[]; links: string[] } {
  const events: string[] = [];
  const links: string[] = [];
  cy.$(':selected').forEach((ele) => {
    if (ele.hasClass('ghost')) return;
    (ele.isNode() ? events : links).push(storyId(ele.id()));
  });
  return { events, links };
}
