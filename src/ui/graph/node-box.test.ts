import { describe, expect, it } from 'vitest';
import { nodeBox, projectedNodes } from './node-box';

describe('the extent of the events on the canvas', () => {
  it('reaches half a node past the outermost centres, a node without a size counting as 30 across', () => {
    const box = nodeBox([
      { x: 0, y: 100, size: 20 },
      { x: 500, y: 40, size: undefined },
      { x: 250, y: 300, size: 60 },
    ]);
    expect(box).toEqual({ x1: -10, y1: 25, x2: 515, y2: 330, w: 525, h: 305 });
  });

  it('is an empty box at the origin when there is no event', () => {
    expect(nodeBox([])).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 });
  });

  it('frames a story still queued for the canvas from its projected events, links left out', () => {
    const defs = new Map([
      ['e:a', { group: 'nodes' as const, data: { id: 'e:a', size: 40 }, position: { x: 10, y: 10 } }],
      ['e:b', { group: 'nodes' as const, data: { id: 'e:b' }, position: { x: 900, y: 200 } }],
      ['l:ab', { group: 'edges' as const, data: { id: 'l:ab', source: 'e:a', target: 'e:b' } }],
    ]);
    const nodes = projectedNodes(defs);
    expect(nodes).toEqual([
      { x: 10, y: 10, size: 40 },
      { x: 900, y: 200, size: undefined },
    ]);
    expect(nodeBox(nodes)).toEqual({ x1: -10, y1: -10, x2: 915, y2: 215, w: 925, h: 225 });
  });
});
