import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeElements } from './remove-elements';

/** A chain of `n` nodes n0 → n1 → … with a link between each neighbour. */
function chain(n: number, extra: cytoscape.ElementDefinition[] = []): Core {
  const eles: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++) eles.push({ group: 'nodes', data: { id: `n${i}` } });
  for (let i = 1; i < n; i++) eles.push({ group: 'edges', data: { id: `l${i}`, source: `n${i - 1}`, target: `n${i}` } });
  return cytoscape({ headless: true, elements: [...eles, ...extra] });
}

const ids = (cy: Core): string[] => cy.elements().map((e) => e.id()).sort();

describe('removing elements from the canvas', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes out the nodes and their links and leaves the rest as cy.remove does', () => {
    const ours = chain(6);
    const theirs = chain(6);
    const n2 = ours.getElementById('n2');
    removeElements(ours, n2);
    theirs.remove(theirs.getElementById('n2'));
    expect(ids(ours)).toEqual(ids(theirs));
    expect(ids(ours)).not.toContain('l3');
    expect(n2.removed()).toBe(true);
    // The pool is whole again afterwards: lookups, new elements and later removals work.
    expect(ours.getElementById('n4').nonempty()).toBe(true);
    ours.add({ group: 'edges', data: { id: 'x', source: 'n1', target: 'n3' } });
    removeElements(ours, ours.getElementById('l5'));
    expect(ids(ours)).toEqual([...ids(theirs).filter((id) => id !== 'l5'), 'x'].sort());
    expect(ours.nodes().length).toBe(5);
  });

  it('does not ask every remaining element whether it is a compound parent', () => {
    const cy = chain(200);
    const proto = Object.getPrototypeOf(cy.getElementById('n0')) as { isParent: () => boolean };
    const asked = vi.spyOn(proto, 'isParent');
    removeElements(cy, cy.getElementById('n100'));
    expect(asked.mock.calls.length).toBeLessThan(10);
    expect(cy.elements().length).toBe(200 + 199 - 3);
    // cy.remove itself asks all of them: the spy sees it.
    asked.mockClear();
    cy.remove(cy.getElementById('n50'));
    expect(asked.mock.calls.length).toBeGreaterThan(300);
  });

  it('keeps Cytoscape’s own answer when the graph has compound nodes', () => {
    const cy = chain(4, [{ group: 'nodes', data: { id: 'box' } }, { group: 'nodes', data: { id: 'inner', parent: 'box' } }]);
    expect(cy.getElementById('box').isParent()).toBe(true);
    const inner = cy.getElementById('inner');
    removeElements(cy, inner);
    expect(cy.getElementById('box').isParent()).toBe(false);
    expect(inner.removed()).toBe(true);
    expect(cy.elements().length).toBe(4 + 3 + 1);
  });
});
