import type { CollectionArgument, Core } from 'cytoscape';

/** The parts of Cytoscape's core (3.x) that its element removal goes through. */
interface PoolOwner {
  _private?: { elements?: unknown; hasCompoundNodes?: boolean };
  removeFromPool?: (this: unknown, eles: unknown) => unknown;
}

/** What the scan after a removal reads in place of the element pool: nothing to ask. */
const NOTHING = Object.freeze({ length: 0 });

/**
 * Removes `eles` (and the links of removed nodes) from the canvas, as `cy.remove` does,
 * without its last step: after every removal Cytoscape asks each remaining element whether
 * it is a compound parent, to know if any is left. At 20,000 events that is 80,000 element
 * records fetched from memory, 26-65 ms of an Undo of Add event in profiles, for an answer
 * known beforehand: a graph without compound nodes has none after a removal. So when Cytoscape
 * says it has none, the first read of its element pool after the removed elements left it,
 * which is that scan's (Cytoscape 3.33, `elesfn.remove`), sees an empty list, and the pool is
 * back for every read after. Anything else (a graph with compound nodes, another Cytoscape
 * without these internals) goes through `cy.remove` unchanged.
 */
export function removeElements(cy: Core, eles: CollectionArgument): void {
  const core = cy as unknown as PoolOwner;
  const p = core._private;
  const original = core.removeFromPool;
  if (!p || p.hasCompoundNodes !== false || typeof original !== 'function' || !('elements' in p)) {
    cy.remove(eles);
    return;
  }
  const pool = p.elements;
  const restore = (): void => {
    Object.defineProperty(p, 'elements', { value: pool, writable: true, configurable: true, enumerable: true });
  };
  core.removeFromPool = function removeFromPool(this: unknown, removed: unknown): unknown {
    const result = original.call(this, removed);
    Object.defineProperty(p, 'elements', {
      configurable: true,
      enumerable: true,
      get: () => {
        restore();
        return NOTHING;
      },
      set: (value: unknown) => {
        restore();
        p.elements = value;
      },
    });
    return result;
  };
  try {
    cy.remove(eles);
  } finally {
    delete core.removeFromPool;
    restore();
  }
}
