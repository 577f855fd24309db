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

  it('places a causal chain left to right, one layer per step', async () => {
    const laid = await new ELK().layout(toElkGraph(request));
    const p = centresOf(request, laid);
    expect(p[0]!).toBeLessThan(p[2]!);
    expect(p[2]!).toBeLessThan(p[4]!);
  });
});
