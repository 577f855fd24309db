import cytoscape, { type Core, type SingularElementReturnValue } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installIncrementalZOrder, mergeAdded, nodesInOrder, splitGrabbed, without, zCompare, type ZOrdered } from './incremental-z-order';
import { styledCanvas } from './testing/styled-canvas';

type Sorted = ZOrdered[] & { interactive?: ZOrdered[] };

interface FakeRenderer {
  cachedZSortedEles: Sorted | null;
  getCachedZSortedEles(force?: boolean): Sorted;
  updateCachedGrabbedEles(): void;
  notify(name: string, eles?: ArrayLike<ZOrdered>): void;
}

/**
 * A headless canvas whose renderer sorts as Cytoscape's canvas renderer does: everything,
 * by Cytoscape's own z-order sort (`sortByZIndex`), again after any add, removal or z-order
 * change; counts those full sorts.
 */
function canvas(): { cy: Core; r: FakeRenderer; fullSorts: () => number } {
  const cy = styledCanvas();
  let fullSorts = 0;
  const r = (cy as unknown as { renderer(): FakeRenderer }).renderer();
  r.cachedZSortedEles = null;
  r.notify = function (name) {
    if (['add', 'remove', 'load', 'zorder', 'mount'].includes(name)) this.cachedZSortedEles = null;
  };
  r.updateCachedGrabbedEles = function () {};
  r.getCachedZSortedEles = function (force) {
    if (force || !this.cachedZSortedEles) {
      fullSorts++;
      const eles = zSorted(cy) as unknown as Sorted;
      eles.interactive = eles.filter((e) => e.interactive());
      this.cachedZSortedEles = eles;
      this.updateCachedGrabbedEles();
    }
    return this.cachedZSortedEles;
  };
  return { cy, r, fullSorts: () => fullSorts };
}

/** Cytoscape's own z-order sort of the canvas's elements (its typings leave it out). */
const zSorted = (cy: Core): SingularElementReturnValue[] =>
  (cy.elements() as unknown as { sortByZIndex(): { toArray(): SingularElementReturnValue[] } }).sortByZIndex().toArray();

const ids = (list: readonly ZOrdered[]): string[] => list.map((e) => (e as unknown as SingularElementReturnValue).id());
const expected = (cy: Core): { all: string[]; interactive: string[] } => {
  const sorted = zSorted(cy);
  return { all: sorted.map((e) => e.id()), interactive: sorted.filter((e) => (e as unknown as ZOrdered).interactive()).map((e) => e.id()) };
};

describe('merging added elements into a sorted order', () => {
  it('gives what sorting all of them together gives, when the added ones came last', () => {
    // Elements as (layer, order added); the sorted ones were added first, the new ones after, in any order.
    const layer = fc.tuple(fc.integer({ min: -1, max: 2 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 40 }), fc.array(layer, { maxLength: 12 }), fc.boolean(), (old, fresh, shuffled) => {
        type E = { key: readonly number[]; pool: number };
        const byLayerThenPool = (a: E, b: E): number => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]! || a.pool - b.pool;
        const sorted = old.map((key, pool) => ({ key, pool })).sort(byLayerThenPool);
        const added = fresh.map((key, i) => ({ key, pool: old.length + i }));
        if (shuffled) added.reverse();
        const merged = mergeAdded(sorted, added, (e) => e.key, (e) => e.pool);
        expect(merged).toEqual([...sorted, ...added].sort(byLayerThenPool));
      }),
    );
  });
});

describe("Cytoscape's draw order", () => {
  it('is what Cytoscape sorts by: links under events, then z-index, then the order added', () => {
    const { cy } = canvas();
    cy.add([
      { group: 'nodes', data: { id: 'e:c', label: 'Top', size: 16, intensity: 0.5 } },
      { group: 'edges', data: { id: 'l:bc', source: 'e:b', target: 'e:c', width: 2 } },
      { group: 'nodes', data: { id: 'e:d', label: 'Low', size: 16, intensity: 0.5 } },
    ]);
    cy.getElementById('e:a').style('z-index', 5);
    cy.getElementById('l:ab').style('z-index', 20);
    cy.getElementById('e:d').style('z-compound-depth', 'bottom');
    cy.getElementById('e:c').style('z-compound-depth', 'top');
    cy.getElementById('l:bc').style('z-index-compare', 'manual');
    const mine = cy.elements().toArray().sort((a, b) => zCompare(a as unknown as ZOrdered, b as unknown as ZOrdered));
    expect(mine.map((e) => e.id())).toEqual(expected(cy).all);
  });
});

/** One change to the canvas, as the studio makes them. */
type Step =
  | { kind: 'add-event'; z: number }
  | { kind: 'add-link'; from: number; to: number }
  | { kind: 'remove'; at: number }
  | { kind: 'z-index'; at: number; z: number }
  | { kind: 'hide'; at: number }
  | { kind: 'read' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add-event' as const), z: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add-link' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('z-index' as const), at: fc.nat(), z: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hide' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'read' as const }) },
);

describe('the draw order kept across added and removed elements', () => {
  it('is the order a full sort gives, after any changes, without sorting all again for adds, removals or restyles', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, batched) => {
        const { cy, r, fullSorts } = canvas();
        expect(installIncrementalZOrder(cy)).toBe(true);
        r.getCachedZSortedEles();
        let n = 0;
        for (const s of steps) {
          const nodes = cy.nodes();
          const some = cy.elements();
          const apply = (): void => {
            if (s.kind === 'add-event') {
              const e = cy.add({ group: 'nodes', data: { id: `e:n${n++}`, label: 'New', size: 16, intensity: 0.5 } });
              if (s.z > 0) e.style('z-index', s.z);
            } else if (s.kind === 'add-link' && nodes.length > 0) {
              const from = nodes[s.from % nodes.length]!.id();
              const to = nodes[s.to % nodes.length]!.id();
              cy.add({ group: 'edges', data: { id: `l:n${n++}`, source: from, target: to, width: 1 } });
            } else if (s.kind === 'remove' && some.length > 0) some[s.at % some.length]!.remove();
            else if (s.kind === 'z-index' && some.length > 0) some[s.at % some.length]!.style('z-index', s.z);
            else if (s.kind === 'hide' && some.length > 0) some[s.at % some.length]!.style('display', 'none');
          };
          if (batched) cy.batch(apply);
          else apply();
          if (s.kind !== 'read') continue;
          const sorted = r.getCachedZSortedEles();
          expect({ all: ids(sorted), interactive: ids(sorted.interactive ?? []) }).toEqual(expected(cy));
          // The overview's nodes of this order (carried over from the last order asked, when it was).
          expect(ids(nodesInOrder(sorted as unknown as (ZOrdered & { _private: { group: string } })[]))).toEqual(ids(sorted.filter((e) => e.isNode())));
        }
        const order = r.getCachedZSortedEles();
        expect({ all: ids(order), interactive: ids(order.interactive ?? []) }).toEqual(expected(cy));
        // Only the first sort sorts everything: adds, removals and a few elements' z-order changes do not.
        expect(fullSorts()).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('brings a selected link over the other links without sorting all again, and puts it back when unselected', () => {
    const { cy, r, fullSorts } = canvas();
    installIncrementalZOrder(cy);
    cy.add(Array.from({ length: 6 }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}`, label: `E${i}`, size: 16, intensity: 0.5 } })));
    cy.add(Array.from({ length: 5 }, (_, i) => ({ group: 'edges' as const, data: { id: `l:${i}`, source: `e:${i}`, target: `e:${i + 1}`, width: 1 } })));
    r.getCachedZSortedEles();
    const before = fullSorts();
    // The renderer brings restyled elements' styles up to date before it draws (its 'zorder' notice comes then).
    const frame = (): void => {
      cy.elements().forEach((e) => {
        (e as unknown as ZOrdered).pstyle('z-index');
      });
    };
    cy.getElementById('l:1').select();
    frame();
    const selected = ids(r.getCachedZSortedEles());
    expect(selected).toEqual(expected(cy).all);
    // Drawn after every other link (the stylesheet raises a selected link), still under the events.
    expect(selected.filter((id) => id.startsWith('l:')).at(-1)).toBe('l:1');
    cy.getElementById('l:1').unselect();
    frame();
    expect(ids(r.getCachedZSortedEles())).toEqual(expected(cy).all);
    expect(fullSorts()).toBe(before);
  });

  it('keeps the order across a removal, which moves the last element into the hole', () => {
    const { cy, r, fullSorts } = canvas();
    installIncrementalZOrder(cy);
    cy.add(Array.from({ length: 6 }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}`, label: `E${i}`, size: 16, intensity: 0.5 } })));
    r.getCachedZSortedEles();
    const before = fullSorts();
    cy.getElementById('e:a').remove();
    const order = ids(r.getCachedZSortedEles());
    expect(fullSorts()).toBe(before);
    expect(order).toEqual(expected(cy).all);
    // The newest event, now in the removed one's place in the pool, is drawn where that one was.
    expect(order.indexOf('e:5')).toBeLessThan(order.indexOf('e:0'));
  });

  it('sorts a few added events and links into 80 existing elements without a full sort', () => {
    const { cy, r, fullSorts } = canvas();
    installIncrementalZOrder(cy);
    cy.add(Array.from({ length: 40 }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}`, label: `E${i}`, size: 16, intensity: 0.5 } })));
    cy.add(Array.from({ length: 40 }, (_, i) => ({ group: 'edges' as const, data: { id: `l:${i}`, source: `e:${i}`, target: `e:${(i + 1) % 40}`, width: 1 } })));
    r.getCachedZSortedEles();
    const before = fullSorts();
    cy.batch(() => {
      cy.add({ group: 'nodes', data: { id: 'e:new', label: 'New', size: 16, intensity: 0.5 } });
      cy.add({ group: 'edges', data: { id: 'l:new', source: 'e:new', target: 'e:3', width: 1 } });
    });
    const order = ids(r.getCachedZSortedEles());
    expect(fullSorts()).toBe(before);
    expect(order).toEqual(expected(cy).all);
    // The new link is drawn under every event, the new event over the others.
    expect(order.indexOf('l:new')).toBeLessThan(order.indexOf('e:a'));
    expect(order.at(-1)).toBe('e:new');
  });
});

type Split = SingularElementReturnValue[] & { drag?: SingularElementReturnValue[]; nondrag?: SingularElementReturnValue[] };

describe('the drag layer split of a kept order', () => {
  /** Cytoscape's own split (its canvas renderer's updateCachedGrabbedEles), run on a copy of the order. */
  const cytoscapeSplit = (order: readonly SingularElementReturnValue[]): { drag: string[]; nondrag: string[] } => {
    const Renderer = (cytoscape as unknown as (kind: string, name: string) => { prototype: { updateCachedGrabbedEles(this: { cachedZSortedEles: Split }): void } })('renderer', 'canvas');
    const copy: Split = [...order];
    Renderer.prototype.updateCachedGrabbedEles.call({ cachedZSortedEles: copy });
    return { drag: (copy.drag ?? []).map((e) => e.id()), nondrag: (copy.nondrag ?? []).map((e) => e.id()) };
  };

  it("is Cytoscape's: grabbed events last in the drag layer, the rest in order, whoever is dragged", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('none', 'grabbed', 'drag-layer'), { minLength: 1, maxLength: 30 }), (states) => {
        const cy = styledCanvas();
        cy.add(states.map((_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}`, label: `E${i}`, size: 16, intensity: 0.5 } })));
        cy.add(states.slice(1).map((_, i) => ({ group: 'edges' as const, data: { id: `l:${i}`, source: `e:${i}`, target: `e:${i + 1}`, width: 1 } })));
        const order = zSorted(cy);
        states.forEach((state, i) => {
          const p = (cy.getElementById(`e:${i}`) as unknown as { _private: { grabbed: boolean; rscratch: { inDragLayer?: boolean } } })._private;
          p.grabbed = state === 'grabbed';
          p.rscratch.inDragLayer = state !== 'none';
        });
        const ours: Split = [...order];
        splitGrabbed(ours);
        expect({ drag: (ours.drag ?? []).map((e) => e.id()), nondrag: (ours.nondrag ?? []).map((e) => e.id()) }).toEqual(cytoscapeSplit(order));
      }),
      { numRuns: 100 },
    );
  });

  it('splits a kept order after an add without visiting the elements while nothing was grabbed, and by their records once a node was', () => {
    const { cy, r } = canvas();
    installIncrementalZOrder(cy);
    cy.add(Array.from({ length: 4 }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}`, label: `E${i}`, size: 16, intensity: 0.5 } })));
    r.getCachedZSortedEles();
    cy.add({ group: 'nodes', data: { id: 'e:new', label: 'New', size: 16, intensity: 0.5 } });
    const first = r.getCachedZSortedEles() as Sorted & { drag?: ZOrdered[]; nondrag?: ZOrdered[] };
    expect(first.drag).toEqual([]);
    expect(ids(first.nondrag ?? [])).toEqual(ids(first));
    // A node pressed: Cytoscape emits 'grabon', then marks it grabbed.
    const pressed = cy.getElementById('e:1');
    pressed.emit('grabon');
    (pressed as unknown as { _private: { grabbed: boolean } })._private.grabbed = true;
    cy.add({ group: 'nodes', data: { id: 'e:newer', label: 'Newer', size: 16, intensity: 0.5 } });
    const second = r.getCachedZSortedEles() as Sorted & { drag?: ZOrdered[]; nondrag?: ZOrdered[] };
    expect(ids(second.drag ?? [])).toEqual(['e:1']);
    expect(ids(second.nondrag ?? [])).not.toContain('e:1');
  });
});

describe('an order without some of its elements', () => {
  it('is the order filtered, for a few elements dropped or many, present or not', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.array(fc.nat(70), { maxLength: 30 }), (n, picks) => {
        const list = Array.from({ length: n }, (_, i) => ({ i }));
        const drop = new Set(picks.map((p) => list[p] ?? { i: -1 }));
        expect(without(list, drop)).toEqual(list.filter((e) => !drop.has(e)));
      }),
    );
  });
});
