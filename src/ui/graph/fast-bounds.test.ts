import cytoscape, { type BoundingBox12, type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installFastBounds } from './fast-bounds';

type BoxFn = (this: unknown, options?: unknown) => BoundingBox12 & { w: number; h: number };

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(id)' } },
      { selector: 'node.big', style: { 'border-width': 6 } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'straight', 'target-arrow-shape': 'triangle' } },
    ],
    elements: [
      { data: { id: 'a', size: 20 }, position: { x: 0, y: 0 } },
      { data: { id: 'b', size: 30 }, position: { x: 200, y: 50 } },
      { data: { id: 'a->b', source: 'a', target: 'b' } },
    ],
  });
}

const box = (b: BoundingBox12 & { w: number; h: number }) => [b.x1, b.y1, b.x2, b.y2, b.w, b.h];

describe('the faster bounding box of a canvas element', () => {
  it('answers exactly as Cytoscape does while nodes move, grow and change class', () => {
    const cy = canvas();
    const original = (Object.getPrototypeOf(cy.collection()) as { boundingBox: BoxFn }).boundingBox;
    expect(installFastBounds(cy)).toBe(true);
    const steps: ((c: Core) => void)[] = [
      () => {},
      (c) => c.getElementById('a').position({ x: 40, y: -10 }),
      (c) => c.getElementById('b').data('size', 44),
      (c) => c.getElementById('a').addClass('big'),
      (c) => c.getElementById('b').position({ x: 400.4, y: 50 }),
      (c) => c.getElementById('b').position({ x: 400.6, y: 50 }),
    ];
    for (const step of steps) {
      step(cy);
      for (const id of ['a', 'b', 'a->b']) {
        const ele = cy.getElementById(id);
        const fast = box(ele.boundingBox() as BoundingBox12 & { w: number; h: number });
        expect(fast).toEqual(box(original.call(ele)));
        // Asked again with nothing changed: the cached answer, still right.
        expect(box(ele.boundingBox() as BoundingBox12 & { w: number; h: number })).toEqual(fast);
      }
    }
  });

  it('leaves questions with options to Cytoscape', () => {
    const cy = canvas();
    installFastBounds(cy);
    const all = cy.elements().boundingBox({ includeLabels: false });
    expect(all.x2 - all.x1).toBeGreaterThan(200);
  });
});
