import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installFastFirstStyle } from './fast-first-style';

describe('cheaper first styling', () => {
  it('keeps the bounds of an event current when its size changes after its first styling', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: 'node', style: { width: 10, height: 10 } },
        { selector: 'node.big', style: { width: 40, height: 40 } },
      ],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 0 } },
      ],
    });
    expect(installFastFirstStyle(cy)).toBe(true);
    cy.add({ data: { id: 'c' }, position: { x: 200, y: 0 } });
    cy.add({ data: { id: 'ac', source: 'a', target: 'c' } });
    const c = cy.getElementById('c');
    const small = c.boundingBox().w;
    expect(small).toBeGreaterThanOrEqual(10);
    expect(small).toBeLessThan(14);
    c.addClass('big');
    expect(c.boundingBox().w).toBeCloseTo(small + 30, 5);
    c.removeClass('big');
    expect(c.boundingBox().w).toBeCloseTo(small, 5);
  });
});
