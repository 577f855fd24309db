import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlicedDimming } from './sliced-dimming';

function canvas(events: number): Core {
  const cy = cytoscape({ headless: true });
  cy.add(Array.from({ length: events }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}` } })));
  return cy;
}

const ids = (from: number, to: number): Set<string> => new Set(Array.from({ length: to - from }, (_, i) => `e:${from + i}`));
const dimmedOn = (cy: Core): string[] =>
  cy
    .nodes('.filtered-out')
    .map((n) => n.id())
    .sort();

describe('dimming in slices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('dims a small set at once and a large one slice by slice, until exactly the set is dimmed', () => {
    const cy = canvas(50);
    const dimming = new SlicedDimming(cy, 10);
    dimming.set(ids(0, 5), false);
    expect(dimmedOn(cy)).toEqual([...ids(0, 5)].sort());
    dimming.set(ids(0, 40), false);
    expect(cy.nodes('.filtered-out').length).toBe(15);
    expect(dimming.busy).toBe(true);
    vi.runAllTimers();
    expect(dimmedOn(cy)).toEqual([...ids(0, 40)].sort());
    expect(dimming.busy).toBe(false);
  });

  it('a new filter mid-way leaves exactly its own set dimmed, nothing of the one before', () => {
    const cy = canvas(50);
    const dimming = new SlicedDimming(cy, 10);
    dimming.set(ids(0, 40), false);
    // A key pressed between two slices: the filter now leaves out only the last ten.
    dimming.set(ids(40, 50), false);
    expect(dimming.intended).toEqual(ids(40, 50));
    vi.runAllTimers();
    expect(dimmedOn(cy)).toEqual([...ids(40, 50)].sort());
  });

  it('says when slices start and stop running', () => {
    const cy = canvas(50);
    const heard: boolean[] = [];
    const dimming = new SlicedDimming(cy, 10, (busy) => heard.push(busy));
    dimming.set(ids(0, 5), false);
    // Done within the first slice: never busy.
    expect(heard).toEqual([]);
    dimming.set(ids(0, 40), false);
    expect(heard).toEqual([true]);
    vi.runAllTimers();
    expect(dimmedOn(cy)).toEqual([...ids(0, 40)].sort());
    expect(heard).toEqual([true, false]);
    // 10 to undim and 10 to dim: two slices; cancelled after the first.
    dimming.set(ids(10, 50), false);
    dimming.cancel();
    expect(heard).toEqual([true, false, true, false]);
  });

  it('gives the class again to elements a patch put back on the canvas without it', () => {
    const cy = canvas(5);
    const dimming = new SlicedDimming(cy);
    dimming.set(ids(0, 3), false);
    const back = cy.getElementById('e:1').remove();
    cy.add({ group: 'nodes', data: { id: back.id() } });
    expect(cy.getElementById('e:1').hasClass('filtered-out')).toBe(false);
    dimming.set(ids(0, 3), true);
    expect(dimmedOn(cy)).toEqual(['e:0', 'e:1', 'e:2']);
  });
});
