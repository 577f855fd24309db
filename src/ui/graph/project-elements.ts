import type { ElementDefinition } from 'cytoscape';
import type { Story, StoryEvent, StoryLink } from '../../core/model/story';
import type { ConflictMarks } from './conflict-marks';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Everything the canvas projects from the store. */
export interface GraphInput {
  readonly story: Story;
  readonly marks: ConflictMarks;
  /** Where each event sits; events not in it yet are placed by `fallback`. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly fallback: (eventIndex: number) => Point;
  /** Weighted degree per event id (causal importance); drives node size. */
  readonly weights: ReadonlyMap<string, number>;
}

/** The projected elements by id; an element unchanged since the previous projection is the same object. */
export interface Projection {
  readonly byId: ReadonlyMap<string, ElementDefinition>;
}

const MIN_SIZE = 22;
const MAX_SIZE = 40;
const LABEL_CHARS = 24;

/** Titles are shortened here rather than by Cytoscape, so the conflict badge after them is never cut off. */
function shortTitle(title: string): string {
  return title.length <= LABEL_CHARS ? title : `${title.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

function nodeSize(w: number, maxW: number): number {
  if (maxW <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(1, w / maxW)));
}

/** What a node was built from: when all of it is the same, the node is reused as is. */
interface NodeSource {
  readonly event: StoryEvent;
  readonly count: number;
  readonly category: string;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly def: ElementDefinition;
}

interface EdgeSource {
  readonly link: StoryLink;
  readonly count: number;
  readonly category: string;
  readonly def: ElementDefinition;
}

function buildNode(s: Omit<NodeSource, 'def'>, prev: NodeSource | undefined): ElementDefinition {
  const e = s.event;
  const sameData = prev && prev.event.title === e.title && prev.count === s.count && prev.size === s.size;
  const samePos = prev && prev.x === s.x && prev.y === s.y;
  const classes = s.count > 0 ? `conflict cat-${s.category}` : '';
  return {
    group: 'nodes',
    data: sameData ? prev.def.data : { id: e.id, label: s.count > 0 ? `${shortTitle(e.title)} ⚠${s.count}` : shortTitle(e.title), size: s.size },
    position: samePos ? prev.def.position! : { x: s.x, y: s.y },
    classes,
  };
}

function buildEdge(s: Omit<EdgeSource, 'def'>, prev: EdgeSource | undefined): ElementDefinition {
  const l = s.link;
  const p = prev?.link;
  const sameData = p && p.from === l.from && p.to === l.to && p.strength === l.strength;
  return {
    group: 'edges',
    data: sameData ? prev.def.data : { id: l.id, source: l.from, target: l.to, width: Math.round((1 + l.strength * 5) * 10) / 10 },
    classes: `kind-${l.kind}${s.count > 0 ? ` conflict cat-${s.category}` : ''}`,
  };
}

/**
 * A projector of the store onto Cytoscape elements that remembers what each element was
 * built from. An element whose inputs are all unchanged is returned as the same object
 * (checked with a few primitive comparisons, no allocation), so patching the canvas only
 * touches what really changed.
 */
export function incrementalProjector(): (input: GraphInput | null) => Projection {
  let nodes = new Map<string, NodeSource>();
  let edges = new Map<string, EdgeSource>();
  let last: Projection = { byId: new Map() };
  return (input) => {
    if (!input) {
      nodes = new Map();
      edges = new Map();
      last = { byId: new Map() };
      return last;
    }
    const { story, marks, positions, weights } = input;
    let maxW = 0;
    for (const w of weights.values()) if (w > maxW) maxW = w;
    const nextNodes = new Map<string, NodeSource>();
    const nextEdges = new Map<string, EdgeSource>();
    const byId = new Map<string, ElementDefinition>();
    let changed = story.events.length + story.links.length !== last.byId.size;
    story.events.forEach((event, i) => {
      const mark = marks.events.get(event.id);
      const count = mark?.count ?? 0;
      const category = mark?.category ?? '';
      const size = nodeSize(weights.get(event.id) ?? 0, maxW);
      const pos = positions.get(event.id) ?? input.fallback(i);
      const prev = nodes.get(event.id);
      let src: NodeSource;
      if (prev && prev.event === event && prev.count === count && prev.category === category && prev.size === size && prev.x === pos.x && prev.y === pos.y) {
        src = prev;
      } else {
        const s = { event, count, category, size, x: pos.x, y: pos.y };
        src = { ...s, def: buildNode(s, prev) };
        changed = true;
      }
      nextNodes.set(event.id, src);
      byId.set(event.id, src.def);
    });
    for (const link of story.links) {
      const mark = marks.links.get(link.id);
      const count = mark?.count ?? 0;
      const category = mark?.category ?? '';
      const prev = edges.get(link.id);
      let src: EdgeSource;
      if (prev && prev.link === link && prev.count === count && prev.category === category) {
        src = prev;
      } else {
        const s = { link, count, category };
        src = { ...s, def: buildEdge(s, prev) };
        changed = true;
      }
      nextEdges.set(link.id, src);
      byId.set(link.id, src.def);
    }
    nodes = nextNodes;
    edges = nextEdges;
    if (changed) last = { byId };
    return last;
  };
}
