import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { conflictMarks, NO_CONFLICTS } from './conflict-marks';
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
});
