import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isFilteredOut } from './filter-dim-style';
import { SLICE_MS, SlicedDimming } from './sliced-dimming';

function canvas(events: number): Core {
  const cy = cytoscape({ headless: true });
  cy.add(Array.from({ length: events }, (_, i) => ({ group: 'nodes' as const, data: { id: `e:${i}` } })));
  return cy;
}

const ids = (from: number, to: number): Set<string> => new Set(Array.from({ length: to - from }, (_, i) => `e:${from + i}`));
const dimmedOn = (cy: Core): string[] =>
  cy
    .nodes()
    .filter((n) => isFilteredOut(n))
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
    expect(dimmedOn(cy).length).toBe(15);
    expect(dimming.busy).toBe(true);
    vi.runAllTimers();
    expect(dimmedOn(cy)).toEqual([...ids(0, 40)].sort());
    expect(dimming.busy).toBe(false);
  });

  it('ends a slice once it has run SLICE_MS, however many elements that was, and finishes in the next ones', () => {
    // A slow machine: a millisecond passes between two looks at the clock.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const cy = canvas(5000);
    const dimming = new SlicedDimming(cy);
    dimming.set(ids(0, 5000), false);
    const first = dimmedOn(cy).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan((SLICE_MS + 2) * 64);
    vi.runAllTimers();
    expect(dimmedOn(cy)).toHaveLength(5000);
    now.mockRestore();
  });

  it('runs the later slices when the page is idle, each within the time the browser offers', () => {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const waiting: ((deadline: { didTimeout: boolean; timeRemaining(): number }) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: (typeof waiting)[number]) => waiting.push(f));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const cy = canvas(5000);
    const dimming = new SlicedDimming(cy);
    dimming.set(ids(0, 5000), false);
    const first = dimmedOn(cy).length;
    // Nothing more until the page is idle, not even after timers.
    vi.runAllTimers();
    expect(dimmedOn(cy)).toHaveLength(first);
    expect(waiting).toHaveLength(1);
    waiting.shift()!({ didTimeout: false, timeRemaining: () => 6 });
    const idleSlice = dimmedOn(cy).length - first;
    expect(idleSlice).toBeGreaterThan(0);
    expect(idleSlice).toBeLessThan(first / 2);
    while (waiting.length > 0) waiting.shift()!({ didTimeout: false, timeRemaining: () => 6 });
    expect(dimmedOn(cy)).toHaveLength(5000);
    expect(dimming.busy).toBe(false);
    vi.unstubAllGlobals();
    now.mockRestore();
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

  it('dims again the elements a patch put back on the canvas without their dimming', () => {
    const cy = canvas(5);
    const dimming = new SlicedDimming(cy);
    dimming.set(ids(0, 3), false);
    const back = cy.getElementById('e:1').remove();
    cy.add({ group: 'nodes', data: { id: back.id() } });
    expect(isFilteredOut(cy.getElementById('e:1'))).toBe(false);
    dimming.set(ids(0, 3), true);
    expect(dimmedOn(cy)).toEqual(['e:0', 'e:1', 'e:2']);
  });
});
