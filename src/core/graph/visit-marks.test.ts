import { describe, expect, it } from 'vitest';
import { marksFor, type VisitMarks } from './visit-marks';

describe('visit marks reused between searches', () => {
  it('starts every search with nothing marked, on the same graph or a graph of another size', () => {
    const table = new WeakMap<object, VisitMarks>();
    const graph = {};
    const first = marksFor(table, graph, 4);
    first.mark(1);
    first.mark(3);
    expect([0, 1, 2, 3].map((i) => first.has(i))).toEqual([false, true, false, true]);
    const second = marksFor(table, graph, 4);
    expect([0, 1, 2, 3].map((i) => second.has(i))).toEqual([false, false, false, false]);
    second.mark(0);
    // The same graph grown by an event: marks sized for it, the new event included.
    const grown = marksFor(table, graph, 5);
    grown.mark(4);
    expect([0, 1, 2, 3, 4].map((i) => grown.has(i))).toEqual([false, false, false, false, true]);
    // Another graph keeps marks of its own.
    const other = marksFor(table, {}, 5);
    expect(other).not.toBe(grown);
    expect(other.has(4)).toBe(false);
  });
});
