import { describe, expect, it } from 'vitest';
import { minimumOverAncestors } from './ancestor-minimum';
import { graphFromEdges as graphOf } from './edge-list';

describe('minimumOverAncestors', () => {
  it('gives Infinity to a vertex nothing leads to, and never counts a vertex as its own ancestor without a loop', () => {
    const g = graphOf(2, [[0, 1]]);
    expect(Array.from(minimumOverAncestors(g, [5, 1]))).toEqual([Infinity, 5]);
  });

  it('carries the minimum down a long chain', () => {
    const n = 1000;
    const edgeList: Array<[number, number]> = [];
    for (let v = 0; v + 1 < n; v++) edgeList.push([v, v + 1]);
    const values = Array.from({ length: n }, (_, v) => (v === 0 ? 0 : 3));
    const result = minimumOverAncestors(graphOf(n, edgeList), values);
    expect(result[n - 1]).toBe(0);
    expect(result[1]).toBe(0);
  });

  it('counts every member of a loop as an ancestor of every member, itself included', () => {
    // 0 -> 1 -> 2 -> 1: 1 and 2 are on a loop; 0 feeds it.
    const g = graphOf(3, [[0, 1], [1, 2], [2, 1]]);
    expect(Array.from(minimumOverAncestors(g, [9, 4, 2]))).toEqual([Infinity, 2, 2]);
  });

  it('makes a vertex with a link to itself its own ancestor', () => {
    const g = graphOf(2, [[0, 0], [1, 0]]);
    expect(Array.from(minimumOverAncestors(g, [1, 7]))).toEqual([1, Infinity]);
  });

  it('takes the minimum over all branches that merge', () => {
    // 0 -> 2, 1 -> 2, 2 -> 3
    const g = graphOf(4, [[0, 2], [1, 2], [2, 3]]);
    expect(Array.from(minimumOverAncestors(g, [6, 2, 8, 9]))).toEqual([Infinity, Infinity, 2, 2]);
  });
});
