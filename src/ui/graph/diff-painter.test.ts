import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { PatchPreview } from '../../state';
import { DiffPainter, ghostId, type GhostPlacer } from './diff-painter';

/** storm -> flood -> bell on a headless canvas, x = time * 100. */
function canvas(): Core {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: 'nodes', data: { id: 'e:storm', label: 'Storm', size: 30 }, position: { x: 500, y: 50 } },
    { group: 'nodes', data: { id: 'e:flood', label: 'Flood', size: 30 }, position: { x: 400, y: 50 } },
    { group: 'nodes', data: { id: 'e:bell', label: 'Bell', size: 30 }, position: { x: 600, y: 150 } },
    { group: 'edges', data: { id: 'l:storm->flood', source: 'e:storm', target: 'e:flood', width: 3 } },
    { group: 'edges', data: { id: 'l:flood->bell', source: 'e:flood', target: 'e:bell', width: 3 } },
  ]);
  return cy;
}

const placeByTime: GhostPlacer = (e) => ({ x: e.time * 100, y: e.scale === 'arc' ? 150 : 50 });
const none: PatchPreview = {
  addedEvents: [],
  removedEvents: [],
  movedEvents: [],
  changedEvents: [],
  addedLinks: [],
  removedLinks: [],
  changedLinks: [],
};

describe('the ghost diff of a proposal on the canvas', () => {
  it('draws a moved event at its new place, with an arrow from where it is now', () => {
    const cy = canvas();
    new DiffPainter(cy).show(
      { ...none, movedEvents: [{ id: 'flood', title: 'Flood', from: { scale: 'scene', time: 4 }, to: { scale: 'scene', time: 5 } }] },
      placeByTime,
    );
    const ghost = cy.getElementById(ghostId('flood'));
    expect(ghost.position()).toEqual({ x: 500, y: 50 });
    expect(ghost.classes()).toEqual(expect.arrayContaining(['ghost', 'diff-moved']));
    expect(cy.getElementById('e:flood').classes()).toContain('diff-moved-from');
    expect(cy.getElementById('e:flood').position()).toEqual({ x: 400, y: 50 });
    expect(cy.edges('.diff-move-arrow').map((e) => [e.source().id(), e.target().id()])).toEqual([['e:flood', ghostId('flood')]]);
  });

  it('draws an added bridge with dashed links to real events and marks the replaced link removed', () => {
    const cy = canvas();
    new DiffPainter(cy).show(
      {
        ...none,
        addedEvents: [{ id: 'bridge', title: 'Bridge', scale: 'arc', time: 5 }],
        addedLinks: [
          { id: 'l1', from: 'flood', to: 'bridge', strength: 0.5, kind: 'causes' },
          { id: 'l2', from: 'bridge', to: 'bell', strength: 0.5, kind: 'causes' },
        ],
        removedLinks: [{ id: 'flood->bell', from: 'flood', to: 'bell', strength: 0.5, kind: 'causes' }],
      },
      placeByTime,
    );
    expect(cy.getElementById(ghostId('bridge')).data('label')).toBe('Bridge');
    expect(cy.edges('.diff-added').map((e) => [e.source().id(), e.target().id()])).toEqual([
      ['e:flood', ghostId('bridge')],
      [ghostId('bridge'), 'e:bell'],
    ]);
    expect(cy.getElementById('l:flood->bell').classes()).toContain('diff-removed');
  });

  it('leaves the canvas as it was once the preview ends', () => {
    const cy = canvas();
    const painter = new DiffPainter(cy);
    painter.show(
      {
        ...none,
        addedEvents: [{ id: 'bridge', title: 'Bridge', scale: 'arc', time: 5 }],
        removedEvents: [{ id: 'bell', title: 'Bell', scale: 'arc', time: 6 }],
        changedLinks: [{ id: 'storm->flood', from: 'storm', to: 'flood', before: { strength: 0.5, kind: 'causes' }, after: { strength: 0.9, kind: 'causes' } }],
      },
      placeByTime,
    );
    painter.clear();
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['e:bell', 'e:flood', 'e:storm']);
    expect(cy.elements().map((e) => e.classes()).flat()).toEqual([]);
  });

  it('draws no ghost where the layout cannot place one, but still marks what the patch touches', () => {
    const cy = canvas();
    new DiffPainter(cy).show(
      { ...none, movedEvents: [{ id: 'flood', title: 'Flood', from: { scale: 'scene', time: 4 }, to: { scale: 'scene', time: 5 } }] },
      () => null,
    );
    expect(cy.elements('.diff-ghost')).toHaveLength(0);
    expect(cy.getElementById('e:flood').classes()).toContain('diff-moved-from');
  });
});
