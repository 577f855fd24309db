import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { CONFLICT_CATEGORIES, type ConflictCategory } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { edgeId, nodeId, storyId } from '../graph/canvas-ids';
import type { GraphPicture, PictureBox } from './graph-svg';

export type PictureScope = 'whole' | 'view';

function categoryOf(classes: readonly string[]): ConflictCategory | null {
  for (const c of CONFLICT_CATEGORIES) if (classes.includes(`cat-${c}`)) return c;
  return null;
}

/**
 * Reads the mounted canvas into a picture: positions from Cytoscape, full titles from the
 * story. Canvas ids carry their kind (canvas-ids.ts), so each element is matched to the
 * story by the canvas id its story id would have: proposal ghosts and other overlays
 * match nothing and stay out of the picture.
 */
export function graphPicture(cy: Core, story: Story, scope: PictureScope): GraphPicture {
  const titles = new Map(story.events.map((e) => [nodeId(e.id), e.title]));
  const kinds = new Map(story.links.map((l) => [edgeId(l.id), l.kind]));
  const nodes = cy
    .nodes()
    .toArray()
    .filter((n): n is NodeSingular => n.isNode() && titles.has(n.id()))
    .map((n) => {
      const p = n.position();
      return { id: storyId(n.id()), x: p.x, y: p.y, size: n.width(), title: titles.get(n.id())!, category: categoryOf(n.classes()) };
    });
  const edges = cy
    .edges()
    .toArray()
    .filter((e): e is EdgeSingular => e.isEdge() && kinds.has(e.id()))
    .filter((e) => titles.has(e.source().id()) && titles.has(e.target().id()))
    .map((e) => ({ from: storyId(e.source().id()), to: storyId(e.target().id()), kind: kinds.get(e.id()) ?? 'causes', category: categoryOf(e.classes()) }));
  let box: PictureBox;
  if (scope === 'view') {
    const x = cy.extent();
    box = { x1: x.x1, y1: x.y1, x2: x.x2, y2: x.y2 };
  } else if (nodes.length === 0) {
    box = { x1: 0, y1: 0, x2: 400, y2: 200 };
  } else {
    // Room for the labels under the nodes and the widest title beside them.
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const margin = 40 + Math.min(200, Math.max(...nodes.map((n) => n.title.length)) * 3.5);
    box = { x1: Math.min(...xs) - margin, y1: Math.min(...ys) - 60, x2: Math.max(...xs) + margin, y2: Math.max(...ys) + 60 };
  }
  return { title: story.title, scope: scope === 'whole' ? 'Whole story' : 'Current view', nodes, edges, box };
}
