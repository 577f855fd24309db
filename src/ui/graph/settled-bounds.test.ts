import type { SingularElementArgument } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { settleBounds } from './settled-bounds';
import { styledCanvas } from './testing/styled-canvas';

type Flags = { clean?: boolean; cleanConnected?: boolean };
const rstyleOf = (ele: SingularElementArgument): Flags => (ele as unknown as { _private: { rstyle: Flags } })._private.rstyle;

/**
 * A headless canvas whose `bounds` events do what the canvas renderer's listener does with
 * them: mark the element's rendered style out of date, to be computed again next frame.
 */
function canvasWithRendererQueue() {
  const cy = styledCanvas();
  const queued = new Set<string>();
  cy.on('bounds', (e) => {
    const ele = e.target as SingularElementArgument;
    queued.add(ele.id());
    rstyleOf(ele).clean = false;
    rstyleOf(ele).cleanConnected = false;
  });
  // As after a frame has drawn everything: rendered styles up to date.
  cy.elements().forEach((ele) => {
    Object.assign(rstyleOf(ele), { clean: true, cleanConnected: true });
  });
  return { cy, queued };
}

describe('bounding boxes made ready for culling', () => {
  it('gives every element the box Cytoscape would, and leaves no rendered style to be computed again', () => {
    const { cy, queued } = canvasWithRendererQueue();
    const expected = styledCanvas()
      .elements()
      .map((ele) => ele.boundingBox());
    const list = cy.elements().toArray();
    settleBounds(cy, list);
    expect(list.map((ele) => ele.boundingBox())).toEqual(expected);
    // The boxes were made (Cytoscape announced them), but nothing is left marked out of date.
    expect([...queued].sort()).toEqual(['e:a', 'e:b', 'l:ab']);
    expect(list.map((ele) => rstyleOf(ele))).toEqual(list.map(() => ({ clean: true, cleanConnected: true })));
  });

  it('asking an element for its missing box directly is what leaves it out of date (why this exists)', () => {
    const { cy } = canvasWithRendererQueue();
    cy.$id('l:ab').boundingBox();
    expect(rstyleOf(cy.$id('l:ab')).clean).toBe(false);
  });

  it('keeps an element that was already waiting for its rendered style waiting', () => {
    const { cy } = canvasWithRendererQueue();
    rstyleOf(cy.$id('e:a')).clean = false;
    settleBounds(cy, cy.elements().toArray());
    expect(rstyleOf(cy.$id('e:a')).clean).toBe(false);
    expect(rstyleOf(cy.$id('e:b')).clean).toBe(true);
  });

  it('does nothing to elements whose boxes are ready', () => {
    const { cy, queued } = canvasWithRendererQueue();
    cy.elements().forEach((ele) => void ele.boundingBox());
    cy.elements().forEach((ele) => {
      Object.assign(rstyleOf(ele), { clean: true, cleanConnected: true });
    });
    queued.clear();
    settleBounds(cy, cy.elements().toArray());
    expect(queued.size).toBe(0);
  });
});
