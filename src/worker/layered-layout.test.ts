import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { centresOf, toElkGraph, type LayeredLayoutInput } from './layered-layout';

const request: LayeredLayoutInput = {
  nodes: ['a', 'b', 'c'].map((id) => ({ id, width: 40, height: 40 })),
  edges: [
    { id: 'a->b', source: 'a', target: 'b' },
    { id: 'b->c', source: 'b', target: 'c' },
    { id: 'c->c', source: 'c', target: 'c' },
    { id: 'a->gone', source: 'a', target: 'gone' },
  ],
};

describe('the layered layout', () => {
  it('drops self-loops and dangling links before ELK sees them', () => {
    expect(toElkGraph(request).edges?.map((e) => e.id)).toEqual(['a->b', 'b->c']);
  });

  it("keeps each node's label room free: the next node of a chain starts past the label, and nodes of one layer do not share it", async () => {
    const labelled: LayeredLayoutInput = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 40, height: 40, labelWidth: 124 })),
      edges: [
        { id: 'a->b', source: 'a', target: 'b' },
        { id: 'a->c', source: 'a', target: 'c' },
        { id: 'c->d', source: 'c', target: 'd' },
      ],
    };
    const p = centresOf(labelled, await new ELK().layout(toElkGraph(labelled)));
    // a's circle ends at x + 20, its label 124 further: b and c start after that.
    expect(p[2]! - 20).toBeGreaterThanOrEqual(p[0]! + 20 + 124);
    expect(p[4]! - 20).toBeGreaterThanOrEqual(p[0]! + 20 + 124);
    // b and c share a layer: stacked, not side by side over each other's labels.
    expect(Math.abs(p[3]! - p[5]!)).toBeGreaterThanOrEqual(40);
  });

  it('places a causal chain left to right, one layer per step', async () => {
    const laid = await new ELK().layout(toElkGraph(request));
    const p = centresOf(request, laid);
    expect(p[0]!).toBeLessThan(p[2]!);
    expect(p[2]!).toBeLessThan(p[4]!);
  });
});
