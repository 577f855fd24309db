import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { dimOut, undim } from './filter-dim-style';
import { styledCanvas } from './testing/styled-canvas';
import { sortOnlyForOpacityZero } from './z-order-trigger';

/** A styled canvas that counts Cytoscape's requests to sort its elements by z-order again. */
function canvas(): { cy: Core; sorts: () => number } {
  const cy = styledCanvas();
  cy.elements().forEach((e) => void e.style('opacity'));
  let sorts = 0;
  // Cytoscape's internal notification to its renderer ('zorder': sort the elements again before the next frame).
  const core = cy as unknown as { notify: (name: string, eles?: unknown) => void };
  const notify = core.notify.bind(cy);
  core.notify = (name, eles) => {
    if (name === 'zorder') sorts++;
    notify(name, eles);
  };
  return { cy, sorts: () => sorts };
}

describe('z-order sorting after opacity changes', () => {
  it('does not sort again when the filters dim and undim events and links', () => {
    const { cy, sorts } = canvas();
    expect(sortOnlyForOpacityZero(cy)).toBe(true);
    for (const id of ['e:a', 'e:b', 'l:ab']) dimOut(cy.getElementById(id));
    for (const id of ['e:a', 'e:b', 'l:ab']) undim(cy.getElementById(id));
    expect(sorts()).toBe(0);
  });

  it('still sorts when an element becomes invisible or visible again', () => {
    const { cy, sorts } = canvas();
    sortOnlyForOpacityZero(cy);
    cy.getElementById('e:a').style('opacity', 0);
    expect(sorts()).toBe(1);
    cy.getElementById('e:a').removeStyle('opacity');
    expect(sorts()).toBe(2);
  });
});
