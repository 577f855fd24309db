import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { conflictMarks, NO_CONFLICTS } from '../graph/conflict-marks';
import { patchGraph } from '../graph/patch-graph';
import { incrementalProjector } from '../graph/project-elements';
import { ghostId } from '../graph/diff-painter';
import { graphPicture } from './graph-snapshot';
import { graphSvg } from './graph-svg';

// An event and a link share the id "same": the canvas tells them apart, the picture must too.
const story = storyOf({
  events: [
    { id: 'same', title: 'The storm breaks', time: 1 },
    { id: 'b', title: 'Mara & the boat', time: 2 },
    { id: 'c', title: 'The bell', time: 3 },
  ],
  links: [
    { id: 'same', from: 'b', to: 'c', kind: 'enables' },
    { id: 'l2', from: 'same', to: 'b' },
  ],
});

/** The story drawn on a headless canvas the way the studio draws it (projector + patch). */
function canvas() {
  const cy = cytoscape({ headless: true });
  const positions = new Map(story.events.map((e) => [e.id, { x: e.time * 100, y: 10 }]));
  const { byId } = incrementalProjector()({ story, marks: conflictMarks(NO_CONFLICTS), positions, fallback: () => ({ x: 0, y: 0 }), weights: new Map() });
  patchGraph(cy, new Map(), byId);
  return cy;
}

describe('the picture of the canvas', () => {
  it('has every event with its full title and every link by story id, whatever the canvas calls them', () => {
    const picture = graphPicture(canvas(), story, 'whole');
    expect(picture.nodes.map((n) => [n.id, n.title]).sort()).toEqual([
      ['b', 'Mara & the boat'],
      ['c', 'The bell'],
      ['same', 'The storm breaks'],
    ]);
    expect(picture.edges.map((e) => `${e.from}->${e.to} ${e.kind}`).sort()).toEqual(['b->c enables', 'same->b causes']);
    const svg = graphSvg(picture);
    for (const title of ['>The storm breaks<', '>Mara &amp; the boat<', '>The bell<']) expect(svg).toContain(title);
  });

  it('leaves out what is not the story (a proposal ghost)', () => {
    const cy = canvas();
    cy.add({ group: 'nodes', data: { id: ghostId('b'), label: 'A ghost' }, classes: 'ghost', position: { x: 0, y: 0 } });
    expect(graphPicture(cy, story, 'whole').nodes).toHaveLength(3);
  });
});
