import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { CONFLICT_CATEGORIES, type ConflictCategory } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { edgeId, nodeId, storyId } from '../graph/canvas-ids';
import type { ShownLane } from '../graph/graph-controller';
import { LABEL_WIDTH } from '../graph/label-text';
import type { GraphPicture, PictureBox, PictureLane } from './graph-svg';

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
export function graphPicture(cy: Core, story: Story, scope: PictureScope, lanes: readonly ShownLane[] = []): GraphPicture {
  const titles = new Map(story.events.map((e) => [nodeId(e.id), e.title]));
  const kinds = new Map(story.links.map((l) => [edgeId(l.id), l.kind]));
  const nodes = cy
    .nodes()
    .toArray()
    .filter((n): n is NodeSingular => n.isNode() && titles.has(n.id()))
    .map((n) => {
      const p = n.position();
      const title = titles.get(n.id())!;
      const label = n.data('label');
      return { id: storyId(n.id()), x: p.x, y: p.y, size: n.width(), title, label: typeof label === 'string' && label !== '' ? label : title, category: categoryOf(n.classes()) };
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
    // The nodes with their labels beside them (LABEL_WIDTH past the rim), and the whole lanes.
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const n of nodes) {
      x1 = Math.min(x1, n.x - n.size / 2 - 20);
      x2 = Math.max(x2, n.x + n.size / 2 + 8 + LABEL_WIDTH);
      y1 = Math.min(y1, n.y - n.size / 2 - 20);
      y2 = Math.max(y2, n.y + n.size / 2 + 20);
    }
    for (const lane of lanes) {
      y1 = Math.min(y1, lane.y);
      y2 = Math.max(y2, lane.y + lane.height);
    }
    box = { x1, y1, x2, y2 };
  }
  return { title: story.title, scope: scope === 'whole' ? 'Whole story' : 'Current view', nodes, edges, lanes: pictureLanes(lanes), box };
}

/** The lanes drawn on the canvas as a picture draws them: each from its top to its bottom edge. */
export function pictureLanes(lanes: readonly ShownLane[]): PictureLane[] {
  return lanes.map((l) => ({ label: l.label, y1: l.y, y2: l.y + l.height }));
}
