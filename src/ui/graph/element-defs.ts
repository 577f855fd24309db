import type { ElementDefinition } from 'cytoscape';
import type { StoryEvent, StoryLink } from '../../core/model/story';
import { edgeId, nodeId } from './canvas-ids';
import { reservedWidth, wrapLabel } from './label-text';

/** Node diameters; the largest fits the lane layout's nodePx (20) so labels beside it keep their room. */
const MIN_SIZE = 12;
const MAX_SIZE = 20;

/** The label beside an event's node: its title wrapped into the room the layout reserved, conflict badge kept. */
export function eventLabel(title: string, conflicts: number, noted = false): string {
  return wrapLabel(title, labelBadge(conflicts, noted), reservedWidth(title));
}

/** The badge after a label: an open review note shows as ✎, beside the conflict count. */
export function labelBadge(conflicts: number, noted: boolean): string {
  return `${noted ? '✎' : ''}${conflicts > 0 ? `⚠${conflicts}` : ''}`;
}

/** Emotional intensity in [0, 1] (fill strength of a calm node), clamped for bad input. */
function intensityOf(e: StoryEvent): number {
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(e.intensity) ? e.intensity : 0)) * 100) / 100;
}

/** Node diameter from its weighted degree, relative to the story's largest. */
export function nodeSize(w: number, maxW: number): number {
  if (maxW <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(1, w / maxW)));
}

/** What a node was built from: when all of it is the same, the node is reused as is. */
export interface NodeSource {
  readonly event: StoryEvent;
  readonly count: number;
  readonly category: string;
  readonly size: number;
  /** The event has open review notes (a note marker for designers). */
  readonly noted?: boolean;
  readonly x: number;
  readonly y: number;
  readonly def: ElementDefinition;
}

/** What an edge was built from. */
export interface EdgeSource {
  readonly link: StoryLink;
  readonly count: number;
  readonly category: string;
  /** Another link joins the same two events (either way): drawn curved so both stay visible. */
  readonly bundled: boolean;
  readonly def: ElementDefinition;
}

/**
 * Links that share their pair of events with another link (either direction), and
 * loops. Only these are drawn as bezier curves: Cytoscape looks up every bezier edge's
 * parallel edges whenever it lays edges out, which costs about a second at 15,000
 * links, while a straight edge needs no such lookup (a lone bezier edge is straight anyway).
 */
export function sharedPairLinks(links: readonly StoryLink[]): ReadonlySet<string> {
  // Nested maps rather than "from|to" strings: no string building for 15,000 links.
  const first = new Map<string, Map<string, string>>();
  const shared = new Set<string>();
  for (const l of links) {
    // A loop (an event as its own cause) can only be drawn as a bezier loop.
    if (l.from === l.to) {
      shared.add(l.id);
      continue;
    }
    const [a, b] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
    let inner = first.get(a);
    if (!inner) first.set(a, (inner = new Map()));
    const other = inner.get(b);
    if (other === undefined) inner.set(b, l.id);
    else {
      shared.add(other);
      shared.add(l.id);
    }
  }
  return shared;
}

/** The node of an event; parts equal to `prev`'s are shared with it, so patching skips them. */
export function buildNode(s: Omit<NodeSource, 'def'>, prev: NodeSource | undefined): ElementDefinition {
  const e = s.event;
  const sameData =
    prev && prev.event.title === e.title && prev.event.intensity === e.intensity && prev.count === s.count && prev.size === s.size && prev.noted === s.noted;
  const samePos = prev && prev.x === s.x && prev.y === s.y;
  const classes = `${s.count > 0 ? `conflict cat-${s.category}` : ''}${s.noted ? ' noted' : ''}`.trim();
  return {
    group: 'nodes',
    data: sameData
      ? prev.def.data
      : {
          id: nodeId(e.id),
          label: eventLabel(e.title, s.count, s.noted === true),
          // Title and badge, so that presenter view can wrap the label again at its larger font (label-scale.ts).
          title: e.title,
          badge: labelBadge(s.count, s.noted === true),
          size: s.size,
          intensity: intensityOf(e),
        },
    position: samePos ? prev.def.position! : { x: s.x, y: s.y },
    classes,
  };
}

/** The node `def` at another position, its data and classes shared. */
export function movedNode(def: ElementDefinition, pos: { readonly x: number; readonly y: number }): ElementDefinition {
  return { group: 'nodes', data: def.data, position: { x: pos.x, y: pos.y }, classes: def.classes };
}

/** The edge of a link; its data is shared with `prev`'s when unchanged. */
export function buildEdge(s: Omit<EdgeSource, 'def'>, prev: EdgeSource | undefined): ElementDefinition {
  const l = s.link;
  const p = prev?.link;
  const sameData = p && p.from === l.from && p.to === l.to && p.strength === l.strength;
  return {
    group: 'edges',
    data: sameData ? prev.def.data : { id: edgeId(l.id), source: nodeId(l.from), target: nodeId(l.to), width: Math.round((1 + l.strength * 5) * 10) / 10 },
    classes: `kind-${l.kind}${s.bundled ? ' bundled' : ''}${s.count > 0 ? ` conflict cat-${s.category}` : ''}`,
  };
}

