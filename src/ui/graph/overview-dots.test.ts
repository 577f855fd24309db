import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRAPH_STYLESHEET } from './graph-stylesheet';
import { drawDots, type DotContext } from './overview-dots';
import { dimOut } from './filter-dim-style';

interface Square {
  x: number;
  y: number;
  side: number;
  fill: string;
  alpha: number;
}

/** A context that records the squares drawn, with the fill and opacity of each. */
function recorder(): DotContext & { squares: Square[] } {
  const squares: Square[] = [];
  const ctx = {
    fillStyle: '' as DotContext['fillStyle'],
    globalAlpha: 1,
    squares,
    fillRect(x: number, y: number, w: number) {
      squares.push({ x: x + w / 2, y: y + w / 2, side: w, fill: String(ctx.fillStyle), alpha: ctx.globalAlpha });
    },
  };
  return ctx;
}

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: GRAPH_STYLESHEET,
    layout: { name: 'preset' },
    elements: [
      { group: 'nodes', data: { id: 'e:calm', label: 'The vigil', size: 20, intensity: 0.2 }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'e:clash', label: 'The storm', size: 20, intensity: 0.9 }, position: { x: 100, y: 0 }, classes: 'conflict cat-temporal' },
      { group: 'edges', data: { id: 'l:1', source: 'e:calm', target: 'e:clash', width: 2 } },
    ],
  });
}

const frame = (cy: Core, extent?: { x1: number; y1: number; x2: number; y2: number }) => {
  const ctx = recorder();
  drawDots(ctx, cy.elements().toArray(), extent);
  return ctx.squares;
};

/** [r, g, b] of "rgb(r,g,b)". */
const channels = (fill: string): number[] => fill.replace(/[^\d,]/g, '').split(',').map(Number);

describe('the overview of a big story, drawn as dots', () => {
  it('draws every event where it is, the size of its node, and no link', () => {
    const squares = frame(graph());
    expect(squares.map((s) => [s.x, s.y])).toEqual([
      [0, 0],
      [100, 0],
    ]);
    // A square of the ink of the round node: a little smaller than its diameter.
    for (const s of squares) expect(s.side).toBeCloseTo(20 * Math.sqrt(Math.PI / 4), 5);
  });

  it('shows a calm event grey and pale, a conflicted one in its category colour (blue for temporal) and stronger', () => {
    const [calm, clash] = frame(graph());
    const [r, g, b] = channels(calm!.fill);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(40);
    const [cr, , cb] = channels(clash!.fill);
    expect(cb!).toBeGreaterThan(cr! + 30);
    expect(clash!.alpha).toBeGreaterThan(calm!.alpha);
  });

  it('follows a change of an event (a filter dims it, a conflict colours it) in the next frame', () => {
    const cy = graph();
    const before = frame(cy);
    dimOut(cy.getElementById('e:calm'));
    cy.getElementById('e:clash').classes('conflict cat-causal');
    const after = frame(cy);
    expect(after[0]!.alpha).toBeLessThan(before[0]!.alpha / 3);
    const [r, , b] = channels(after[1]!.fill);
    expect(r!).toBeGreaterThan(b! + 30);
    cy.getElementById('e:calm').style('display', 'none');
    expect(frame(cy).map((s) => s.x)).toEqual([100]);
  });

  it('leaves out events outside the part of the story in view', () => {
    expect(frame(graph(), { x1: 50, y1: -50, x2: 150, y2: 50 }).map((s) => s.x)).toEqual([100]);
  });
});
