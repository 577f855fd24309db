import cytoscape, { type ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_SIZE, ChunkedFill, FRAME_TARGET_MS, HOLD_AFTER_INPUT_MS, PAUSE_FOR_ANALYSIS_MS } from './chunked-fill';
import { SYNC_CLASSES, SYNC_DATA, SYNC_POSITION } from './element-sync';
import { isFilteredOut } from './filter-dim-style';
import { catchUp } from './late-elements';

function story(events: number): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (let i = 0; i < events; i++) {
    nodes.push({ group: 'nodes', data: { id: `e:${i}` }, position: { x: i, y: 0 } });
    if (i > 0) edges.push({ group: 'edges', data: { id: `l:${i}`, source: `e:${i - 1}`, target: `e:${i}` } });
  }
  return [...nodes, ...edges];
}

/** A headless canvas, a story of `events` events and a fill that reads the store's definitions from `byId` (which a test may change). */
function filling(events: number, options: { onAdded?: ConstructorParameters<typeof ChunkedFill>[3]; clock?: () => number } = {}) {
  const cy = cytoscape({ headless: true });
  const defs = story(events);
  const byId = new Map(defs.map((d) => [String(d.data.id), d]));
  const reported: number[] = [];
  // Whether each report said the elements to go change a story drawn already.
  const changing: boolean[] = [];
  const fill = new ChunkedFill(
    cy,
    (id) => byId.get(id),
    (n, c) => {
      reported.push(n);
      changing.push(c);
    },
    options.onAdded,
    options.clock,
  );
  return { cy, defs, byId, reported, changing, fill };
}

describe('filling the canvas in chunks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (f: (t: number) => void) => setTimeout(() => f(0), 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('adds a big story a chunk per frame until every event and link is on the canvas', () => {
    const { cy, defs, reported, changing, fill } = filling(CHUNK_SIZE);
    fill.push(defs);
    expect(cy.elements().length).toBe(0);
    // Drawing a story on an empty canvas, not changing one.
    expect(changing).not.toContain(true);
    expect(fill.drawingStory).toBe(true);
    vi.advanceTimersByTime(20);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    expect(cy.edges().length).toBe(0);
    expect(fill.pending).toBe(defs.length - CHUNK_SIZE);
    vi.advanceTimersByTime(1000);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    expect(cy.edges().length).toBe(CHUNK_SIZE - 1);
    expect(reported.at(-1)).toBe(0);
  });

  it('leaves out what the story no longer holds and what is on the canvas already', () => {
    const { cy, defs, byId, fill } = filling(3);
    fill.push(defs);
    byId.delete('e:2');
    byId.delete('l:2');
    cy.add(defs[0]!);
    vi.advanceTimersByTime(100);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['e:0', 'e:1']);
    expect(cy.edges().map((e) => e.id())).toEqual(['l:1']);
  });

  it('gives what a later chunk adds the selection and filter dimming set while it waited', () => {
    // The store's state, as StoryGraph reads it when a chunk is added.
    let state = { selected: new Set<string>(), filteredOut: new Set<string>() };
    const { cy, defs, fill } = filling(CHUNK_SIZE, { onAdded: (added) => catchUp(added, state) });
    fill.push(defs);
    vi.advanceTimersByTime(20);
    expect(cy.getElementById('l:1').empty()).toBe(true);
    // Meanwhile a link is selected and a filter leaves out the first events and their links.
    state = { selected: new Set(['l:1']), filteredOut: new Set(['e:0', 'l:1', 'l:2']) };
    vi.advanceTimersByTime(1000);
    expect(cy.getElementById('l:1').selected()).toBe(true);
    expect(isFilteredOut(cy.getElementById('l:1'))).toBe(true);
    expect(isFilteredOut(cy.getElementById('l:2'))).toBe(true);
    expect(isFilteredOut(cy.getElementById('l:3'))).toBe(false);
    expect(cy.getElementById('l:3').selected()).toBe(false);
    // What was added before the change is left to the code that made it (StoryGraph's effects).
    expect(isFilteredOut(cy.getElementById('e:0'))).toBe(false);
  });

  it('adds no chunk while the user types, and goes on once the keys stop', () => {
    const { cy, defs, fill } = filling(CHUNK_SIZE);
    fill.push(defs);
    vi.advanceTimersByTime(20);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    // Keys every 200 ms for a second: no link is added meanwhile.
    for (let t = 0; t < 1000; t += 200) {
      fill.holdFor(HOLD_AFTER_INPUT_MS);
      vi.advanceTimersByTime(200);
      expect(cy.edges().length).toBe(0);
    }
    vi.advanceTimersByTime(HOLD_AFTER_INPUT_MS + 100);
    expect(cy.edges().length).toBe(CHUNK_SIZE - 1);
    expect(fill.pending).toBe(0);
  });

  it('adds nothing while paused for the conflicts, and starts within a frame once they come', () => {
    const { cy, defs, fill } = filling(CHUNK_SIZE);
    fill.pause(PAUSE_FOR_ANALYSIS_MS);
    fill.push(defs);
    vi.advanceTimersByTime(PAUSE_FOR_ANALYSIS_MS / 2);
    expect(cy.elements().length).toBe(0);
    fill.resume();
    vi.advanceTimersByTime(20);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    vi.advanceTimersByTime(1000);
    expect(fill.pending).toBe(0);
  });

  it('goes on by itself when the conflicts never come, and a pause ends no hold for keys', () => {
    const { cy, defs, fill } = filling(CHUNK_SIZE);
    fill.pause(PAUSE_FOR_ANALYSIS_MS);
    fill.push(defs);
    vi.advanceTimersByTime(PAUSE_FOR_ANALYSIS_MS - 100);
    expect(cy.elements().length).toBe(0);
    vi.advanceTimersByTime(110);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    expect(cy.edges().length).toBe(0);
    // Paused again while the user types: resuming leaves the keys' hold in place.
    fill.holdFor(HOLD_AFTER_INPUT_MS);
    fill.pause(PAUSE_FOR_ANALYSIS_MS);
    vi.advanceTimersByTime(100);
    fill.resume();
    vi.advanceTimersByTime(HOLD_AFTER_INPUT_MS - 200);
    expect(cy.edges().length).toBe(0);
    vi.advanceTimersByTime(300);
    expect(cy.edges().length).toBe(CHUNK_SIZE - 1);
  });

  it('counts what is left to draw in elements: a newer definition of a waiting element replaces it', () => {
    const { cy, defs, byId, reported, fill } = filling(CHUNK_SIZE);
    fill.push(defs);
    vi.advanceTimersByTime(20);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    // The analysis marks ten links still waiting, and an event is added meanwhile.
    const marked = defs.filter((d) => d.group === 'edges').slice(0, 10).map((d) => ({ ...d, data: { ...d.data, marked: true } }));
    const added: ElementDefinition = { group: 'nodes', data: { id: 'e:new' }, position: { x: 0, y: 10 } };
    for (const d of [...marked, added]) byId.set(String(d.data.id), d);
    fill.push([...marked, added]);
    expect(fill.pending).toBe(CHUNK_SIZE - 1 + 1);
    expect(reported.at(-1)).toBe(CHUNK_SIZE);
    vi.advanceTimersByTime(1000);
    expect(fill.pending).toBe(0);
    expect(cy.edges().length).toBe(CHUNK_SIZE - 1);
    expect(cy.getElementById('l:1').data('marked')).toBe(true);
    expect(cy.getElementById('l:11').data('marked')).toBeUndefined();
    expect(cy.getElementById('e:new').nonempty()).toBe(true);
  });

  it('draws the links of an event whose newer definition came while both waited', () => {
    const { cy, defs, byId, fill } = filling(CHUNK_SIZE);
    fill.pause(PAUSE_FOR_ANALYSIS_MS);
    fill.push(defs);
    // The analysis marks every tenth event before anything is drawn.
    const marked = defs.filter((d, i) => d.group === 'nodes' && i % 10 === 0).map((d) => ({ ...d, data: { ...d.data, marked: true } }));
    for (const d of marked) byId.set(String(d.data.id), d);
    fill.push(marked);
    fill.resume();
    vi.advanceTimersByTime(2000);
    expect(fill.pending).toBe(0);
    expect(cy.nodes().length).toBe(CHUNK_SIZE);
    expect(cy.edges().length).toBe(CHUNK_SIZE - 1);
    expect(cy.getElementById('e:10').data('marked')).toBe(true);
  });

  it('ends a chunk early when a key is waiting, and adds the rest after', () => {
    let waiting = true;
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => waiting } });
    const { cy, defs, fill } = filling(CHUNK_SIZE);
    fill.push(defs);
    vi.advanceTimersByTime(20);
    expect(cy.nodes().length).toBeGreaterThan(0);
    expect(cy.nodes().length).toBeLessThan(CHUNK_SIZE);
    waiting = false;
    vi.advanceTimersByTime(1000);
    expect(cy.elements().length).toBe(defs.length);
  });

  it('makes the next chunk smaller after a slow frame and larger after a quick one, within bounds', () => {
    // A clock the test moves: each frame after a chunk "takes" frameMs.
    let clock = 0;
    let frameMs = 4 * FRAME_TARGET_MS;
    vi.stubGlobal('requestAnimationFrame', (f: (t: number) => void) =>
      setTimeout(() => {
        clock += frameMs;
        f(0);
      }, 16) as unknown as number,
    );
    const { cy, defs, fill } = filling(20 * CHUNK_SIZE, { clock: () => clock });
    fill.push(defs);
    const added = (): number => cy.elements().length;
    vi.advanceTimersByTime(20);
    expect(added()).toBe(CHUNK_SIZE);
    // The first frame took four times the target: the next chunk is half as big (halved at most per frame).
    vi.advanceTimersByTime(20);
    expect(added()).toBe(CHUNK_SIZE + CHUNK_SIZE / 2);
    expect(fill.chunkSize).toBe(CHUNK_SIZE / 2);
    // Slow frames go on: the chunks shrink to a floor, never to nothing.
    vi.advanceTimersByTime(200);
    const floor = fill.chunkSize;
    expect(floor).toBeGreaterThan(0);
    expect(floor).toBeLessThan(CHUNK_SIZE / 2);
    // Quick frames: the chunks grow again, doubling at most per frame, up to a ceiling.
    frameMs = FRAME_TARGET_MS / 10;
    const before = added();
    vi.advanceTimersByTime(20);
    expect(added() - before).toBe(2 * floor);
    vi.advanceTimersByTime(20);
    expect(fill.chunkSize).toBe(4 * floor);
    vi.advanceTimersByTime(400);
    expect(fill.chunkSize).toBeLessThanOrEqual(4 * CHUNK_SIZE);
    expect(fill.chunkSize).toBeGreaterThan(2 * CHUNK_SIZE);
  });

  it('stops when cancelled', () => {
    const { cy, defs, fill } = filling(3);
    fill.push(defs);
    fill.cancel();
    vi.advanceTimersByTime(100);
    expect(cy.elements().length).toBe(0);
  });

  it('brings changed elements up to their current definition after the new ones, a chunk of changes per frame', () => {
    const { cy, defs, byId, reported, changing, fill } = filling(1200);
    cy.add(defs.filter((d) => d.data.id !== 'e:1199' && d.data.id !== 'l:1199'));
    // Every event moves and the first one is marked; the last event and its link are new.
    const moved = new Map<string, number>();
    for (let i = 0; i < 1199; i++) {
      const id = `e:${i}`;
      const def = { ...byId.get(id)!, position: { x: i, y: 50 }, ...(i === 0 ? { classes: 'conflict' } : {}) };
      byId.set(id, def);
      moved.set(id, i === 0 ? SYNC_POSITION | SYNC_CLASSES : SYNC_POSITION);
    }
    // As patchGraph hands them over: the changes, then the new elements.
    fill.sync(moved);
    fill.push([byId.get('e:1199')!, byId.get('l:1199')!]);
    expect(fill.pending).toBe(2 + 1199);
    expect(reported.at(-1)).toBe(2 + 1199);
    // The banner says the story's changes are being drawn, from the new elements on, until the last change.
    expect(changing).toEqual([true, true]);
    expect(fill.drawingStory).toBe(false);
    vi.advanceTimersByTime(20);
    // The new elements first, in a chunk of their own; nothing moved yet.
    expect(cy.getElementById('l:1199').nonempty()).toBe(true);
    expect(cy.getElementById('e:0').position()).toEqual({ x: 0, y: 0 });
    vi.advanceTimersByTime(20);
    const first = cy.nodes().filter((n) => n.position().y === 50).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(1199);
    vi.advanceTimersByTime(1000);
    expect(cy.nodes().filter((n) => n.position().y === 50).length).toBe(1199);
    expect(cy.getElementById('e:0').hasClass('conflict')).toBe(true);
    expect(cy.getElementById('e:1').hasClass('conflict')).toBe(false);
    expect(reported.at(-1)).toBe(0);
    expect(changing.slice(0, -1)).not.toContain(false);
    expect(changing.at(-1)).toBe(false);
  });

  it('applies a waiting change as the story now is, and not at all to an element gone meanwhile', () => {
    const { cy, defs, byId, fill } = filling(4);
    cy.add(defs);
    byId.set('e:0', { ...byId.get('e:0')!, position: { x: 5, y: 5 } });
    byId.set('l:3', { ...byId.get('l:3')!, data: { id: 'l:3', source: 'e:0', target: 'e:3' } });
    fill.sync(new Map([['e:0', SYNC_POSITION], ['l:3', SYNC_DATA], ['e:1', SYNC_POSITION]]));
    // Before the chunk: e:0 moves again, e:1 leaves the story and the canvas.
    byId.set('e:0', { ...byId.get('e:0')!, position: { x: 9, y: 9 } });
    byId.delete('e:1');
    cy.getElementById('e:1').remove();
    vi.advanceTimersByTime(100);
    expect(cy.getElementById('e:0').position()).toEqual({ x: 9, y: 9 });
    // The link's cause changed: it is re-pointed, not just relabelled.
    expect(cy.getElementById('l:3').source().id()).toBe('e:0');
    expect(cy.getElementById('e:1').empty()).toBe(true);
    expect(fill.pending).toBe(0);
  });
});

