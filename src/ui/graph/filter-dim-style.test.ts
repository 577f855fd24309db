import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { dimOut, isFilteredOut, undim } from './filter-dim-style';
import { styledCanvas } from './testing/styled-canvas';

const canvas = styledCanvas;

const opacity = (cy: Core, id: string): number => Number(cy.getElementById(id).style('opacity'));

describe('the filters’ dimming on the canvas', () => {
  it('fades a left-out event and hides its label until zoomed in far, a left-out link more, and undoes both', () => {
    const cy = canvas();
    const font = (): string => String(cy.getElementById('e:a').style('min-zoomed-font-size'));
    const before = { node: opacity(cy, 'e:a'), link: opacity(cy, 'l:ab'), font: font() };
    dimOut(cy.getElementById('e:a'));
    dimOut(cy.getElementById('l:ab'));
    expect(opacity(cy, 'e:a')).toBeCloseTo(0.18);
    expect(parseFloat(font())).toBe(30);
    expect(opacity(cy, 'l:ab')).toBeCloseTo(0.06);
    expect(opacity(cy, 'e:b')).toBe(before.node);
    undim(cy.getElementById('e:a'));
    undim(cy.getElementById('l:ab'));
    expect({ node: opacity(cy, 'e:a'), link: opacity(cy, 'l:ab'), font: font() }).toEqual(before);
    expect(isFilteredOut(cy.getElementById('e:a'))).toBe(false);
  });

  it('stays when a patch sets the element’s classes (a new conflict mark), and the stylesheet’s look comes back after', () => {
    const cy = canvas();
    const a = cy.getElementById('e:a');
    dimOut(a);
    a.classes('dimmed');
    expect(isFilteredOut(a)).toBe(true);
    expect(opacity(cy, 'e:a')).toBeCloseTo(0.18);
    undim(a);
    // The impact view's own dimming (a class with a rule) is what is left.
    expect(opacity(cy, 'e:a')).toBeCloseTo(0.3);
  });

  it('is not set twice, and an element put back by a patch is dimmed afresh', () => {
    const cy = canvas();
    dimOut(cy.getElementById('e:a'));
    dimOut(cy.getElementById('e:a'));
    expect(opacity(cy, 'e:a')).toBeCloseTo(0.18);
    cy.getElementById('e:a').remove();
    cy.add({ group: 'nodes', data: { id: 'e:a', label: 'Storm', size: 16, intensity: 0.4 } });
    expect(isFilteredOut(cy.getElementById('e:a'))).toBe(false);
    expect(opacity(cy, 'e:a')).toBe(opacity(cy, 'e:b'));
  });
});
