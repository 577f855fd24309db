import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { conflictMarks, NO_CONFLICTS } from './conflict-marks';
import { SYNC_DATA, SYNC_POSITION } from './element-sync';
import { patchGraph } from './patch-graph';
import { incrementalProjector } from './project-elements';

const story = storyOf({
  events: [
    { id: 'a', title: 'Mara sails', time: 1 },
    { id: 'b', title: 'Mara drowns', time: 2 },
  ],
  links: [{ from: 'a', to: 'b' }],
});

function project(projector: ReturnType<typeof incrementalProjector>, s: Story) {
  const positions = new Map(s.events.map((e) => [e.id, { x: e.time * 10, y: 5 }]));
  return projector({ story: s, marks: conflictMarks(NO_CONFLICTS), positions, fallback: () => ({ x: 0, y: 0 }), weights: new Map() }).byId;
}

describe('patching the canvas from the store', () => {
  it('adds, moves and removes exactly what the story says, keeping untouched elements alive', () => {
    const cy = cytoscape({ headless: true });
    const projector = incrementalProjector();
    let applied = patchGraph(cy, new Map(), project(projector, story));
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['e:a', 'e:b']);
    expect(cy.edges().map((e) => `${e.source().id()}->${e.target().id()}`)).toEqual(['e:a->e:b']);
    const nodeA = cy.getElementById('e:a');

    // Move b later, add c with a link from b, then remove a (its link goes with it).
    const s2: Story = {
      ...story,
      events: [...story.events.map((e) => (e.id === 'b' ? { ...e, time: 4 } : e)), { ...story.events[0]!, id: 'c', title: 'Tom waits', time: 6 }],
      links: [...story.links, { id: 'b->c', from: 'b', to: 'c', strength: 0.5, kind: 'causes' }],
    };
    applied = patchGraph(cy, applied, project(projector, s2));
    expect(cy.getElementById('e:a')).toBe(nodeA);
    expect(cy.getElementById('e:b').position()).toEqual({ x: 40, y: 5 });
    expect(cy.getElementById('l:b->c').target().id()).toBe('e:c');

    const s3: Story = { ...s2, events: s2.events.filter((e) => e.id !== 'a'), links: s2.links.filter((l) => l.from !== 'a') };
    patchGraph(cy, applied, project(projector, s3));
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['e:b', 'e:c']);
    expect(cy.edges().map((e) => e.id())).toEqual(['l:b->c']);
  });

  it('re-points a link whose cause changed', () => {
    const cy = cytoscape({ headless: true });
    const projector = incrementalProjector();
    const s: Story = { ...story, events: [...story.events, { ...story.events[0]!, id: 'c', title: 'Tom', time: 0 }] };
    const applied = patchGraph(cy, new Map(), project(projector, s));
    const moved: Story = { ...s, links: [{ ...s.links[0]!, from: 'c' }] };
    patchGraph(cy, applied, project(projector, moved));
    expect(cy.getElementById('l:a->b').source().id()).toBe('e:c');
  });

  it('hands a change that restyles too many elements over to be drawn later, whole', () => {
    const cy = cytoscape({ headless: true });
    const projector = incrementalProjector();
    const events = Array.from({ length: 6 }, (_, i) => ({ ...story.events[0]!, id: `e${i}`, title: `Scene ${i}`, time: i + 1 }));
    const s: Story = { ...story, events, links: [] };
    const applied = patchGraph(cy, new Map(), project(projector, s));
    // Three events retitled (restyled) and every event moved; one new event.
    const next: Story = {
      ...s,
      events: [...s.events.map((e, i) => ({ ...e, time: e.time + 1, ...(i < 3 ? { title: `Scene ${i}, again` } : {}) })), { ...s.events[0]!, id: 'new', title: 'New', time: 20 }],
    };
    const queued: string[] = [];
    let handed = new Map<string, number>();
    const defer = (restyledAbove: number) => ({
      above: 100,
      queue: (defs: { data: { id?: string } }[]) => queued.push(...defs.map((d) => String(d.data.id))),
      sync: { restyledAbove, changes: (c: ReadonlyMap<string, number>) => void (handed = new Map(c)) },
    });
    // Four elements restyled (three retitled, one new): over a limit of 3, nothing is drawn now.
    const nextMap = project(projector, next);
    expect(patchGraph(cy, applied, nextMap, undefined, defer(3))).toBe(nextMap);
    expect(cy.getElementById('e:new').empty()).toBe(true);
    expect(cy.getElementById('e:e5').position()).toEqual({ x: 60, y: 5 });
    expect(queued).toEqual(['e:new']);
    expect(handed.get('e:e0')).toBe(SYNC_DATA | SYNC_POSITION);
    expect(handed.get('e:e5')).toBe(SYNC_POSITION);
    expect(handed.size).toBe(6);
    // Within the limit, drawn at once as before.
    const cy2 = cytoscape({ headless: true });
    const projector2 = incrementalProjector();
    const applied2 = patchGraph(cy2, new Map(), project(projector2, s));
    handed = new Map();
    patchGraph(cy2, applied2, project(projector2, next), undefined, defer(4));
    expect(cy2.getElementById('e:e5').position()).toEqual({ x: 70, y: 5 });
    expect(cy2.getElementById('e:new').nonempty()).toBe(true);
    expect(handed.size).toBe(0);
  });
});

