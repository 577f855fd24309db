import type { ElementDefinition } from 'cytoscape';
import type { Story, StoryEvent, StoryLink } from '../../core/model/story';
import { eventIndex } from '../common/event-lookup';
import type { ConflictMarks } from './conflict-marks';
import { changedKeys, dirtyEvents, type NodeInputs } from './dirty-events';
import { LayeredMap } from './layered-map';
import { buildEdge, buildNode, movedNode, nodeSize, sharedPairLinks, type EdgeSource, type NodeSource } from './element-defs';

export { sharedPairLinks } from './element-defs';

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
  /** The largest of `weights`, when the caller knows it (else it is looked for). */
  readonly maxWeight?: number;
}

/** The inputs the nodes were last built from, and what was worked out from them. */
interface NodeState extends NodeInputs {
  readonly fallback: (eventIndex: number) => Point;
  readonly notes: Story['notes'];
  /** Events with an open review note. */
  readonly noted: ReadonlySet<string | undefined>;
  readonly maxW: number;
  /** Positions of the events that had no position and were placed by `fallback`. */
  readonly fallbackAt: readonly number[];
}

/** Events with an open review note. */
function notedEvents(notes: Story['notes']): ReadonlySet<string | undefined> {
  return new Set((notes ?? []).filter((n) => n.resolved !== true && n.event !== undefined).map((n) => n.event));
}

function largest(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The projected elements by id; an element unchanged since the previous projection is the same object. */
export interface Projection {
  readonly byId: ReadonlyMap<string, ElementDefinition>;
  /**
   * What differs from the projection `base`: ids added, changed or gone. Patching from
   * `base` needs to look at these only (a handful after an edit) instead of every element.
   */
  readonly changes?: { readonly base: ReadonlyMap<string, ElementDefinition>; readonly ids: readonly string[] };
  /**
   * What differs from an earlier projection `base` of the same projector, through the
   * projections made since (up to HISTORY of them); undefined when `base` is not among
   * them. The canvas may have skipped projections: React drops a deferred render that is
   * interrupted, and the next one projects on from the dropped one's result.
   */
  readonly changesSince?: (base: ReadonlyMap<string, ElementDefinition>) => { readonly base: ReadonlyMap<string, ElementDefinition>; readonly ids: readonly string[] } | undefined;
}

/** How many projections back changesSince can reach. */
const HISTORY = 16;

/** The sources of the previous projection, in story order, and the inputs they came from. */
interface Previous<T, S> {
  readonly items: readonly T[] | null;
  readonly sources: readonly S[];
}

/**
 * The canvas id of an element: the string its definition already holds, so a projection that
 * changes 10,000 elements builds and hashes no new id strings.
 */
function canvasIdOf(def: ElementDefinition): string {
  return def.data.id!;
}

function indexById<S>(sources: readonly S[], id: (s: S) => string): Map<string, S> {
  return new Map(sources.map((s) => [id(s), s]));
}

/**
 * Walks `items` next to the previous walk's sources, resynchronising after a single
 * insertion or removal (the usual edits) so that the previous source of each item is
 * found by position, with no map lookup; after anything else, by id. `reuse` returns
 * the previous source when it still fits, or builds a new one (reported in `changed`
 * with its element). Ids that are gone are reported with undefined.
 */
function walk<T, S>(
  items: readonly T[],
  previous: Previous<T, S>,
  idOf: (item: T) => string,
  sourceId: (s: S) => string,
  reuse: (item: T, index: number, prev: S | undefined) => S,
  defOf: (s: S) => ElementDefinition,
  changed: Map<string, ElementDefinition | undefined>,
): S[] {
  const old = previous.items === null ? [] : previous.sources;
  let byId: Map<string, S> | null = null;
  const gone: S[] = [];
  let j = 0;
  const next: S[] = new Array<S>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = idOf(item);
    let prev: S | undefined;
    if (byId !== null) prev = byId.get(id);
    else if (j < old.length && sourceId(old[j]!) === id) prev = old[j++];
    else if (j + 1 < old.length && sourceId(old[j + 1]!) === id) {
      gone.push(old[j]!);
      prev = old[j + 1];
      j += 2;
    } else if (j >= old.length || (i + 1 < items.length && idOf(items[i + 1]!) === sourceId(old[j]!))) {
      prev = undefined; // inserted here (or appended)
    } else {
      byId = indexById(old, sourceId);
      prev = byId.get(id);
    }
    const src = reuse(item, i, prev);
    if (src !== prev) changed.set(canvasIdOf(defOf(src)), defOf(src));
    next[i] = src;
  }
  if (byId !== null) {
    const present = new Set(items.map(idOf));
    for (const s of old) if (!present.has(sourceId(s)) && !changed.has(canvasIdOf(defOf(s)))) changed.set(canvasIdOf(defOf(s)), undefined);
  } else {
    for (const s of [...gone, ...old.slice(j)]) if (!changed.has(canvasIdOf(defOf(s)))) changed.set(canvasIdOf(defOf(s)), undefined);
  }
  return next;
}

/**
 * A projector of the store onto Cytoscape elements that remembers what each element was
 * built from. An element whose inputs are all unchanged is returned as the same object
 * (checked with a few primitive comparisons, no allocation), so patching the canvas only
 * touches what really changed. Nodes are not even visited when no input of theirs changed
 * (an analysis result that leaves the marks of events alone), nor links (any edit of an
 * event): at 5,000 events and 15,000 links that is most of the work of a projection.
 */
export function incrementalProjector(): (input: GraphInput | null) => Projection {
  let nodes: Previous<StoryEvent, NodeSource> = { items: null, sources: [] };
  let edges: Previous<StoryLink, EdgeSource> = { items: null, sources: [] };
  /** What the nodes were last built from; null before the first projection. */
  let node: NodeState | null = null;
  let edgeInputs: readonly unknown[] = [];
  let byId = LayeredMap.of<string, ElementDefinition>();
  let last: Projection = { byId };
  /** The changes of the last HISTORY projections, oldest first. */
  let history: { readonly base: ReadonlyMap<string, ElementDefinition>; readonly ids: readonly string[] }[] = [];
  let pairsOf: readonly StoryLink[] | null = null;
  let shared: ReadonlySet<string> = new Set();
  const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

  return (input) => {
    if (!input) {
      nodes = { items: null, sources: [] };
      edges = { items: null, sources: [] };
      node = null;
      edgeInputs = [];
      byId = LayeredMap.of();
      last = { byId };
      history = [];
      return last;
    }
    const { story, marks, positions, weights, fallback } = input;
    const changed = new Map<string, ElementDefinition | undefined>();

    const nodeInputs: NodeInputs = { events: story.events, marks: marks.events, positions, weights };
    const notes = story.notes;
    const was = node;
    if (!(was && was.events === story.events && was.marks === marks.events && was.positions === positions && was.weights === weights && was.fallback === fallback && was.notes === notes)) {
      const noted = was && was.notes === notes ? was.noted : notedEvents(notes);
      const maxW = input.maxWeight ?? largest(weights.values());
      const fallbackAt: number[] = [];
      // Every previous source was built from `was`'s marks, weights and notes: when those are the
      // same maps, an unchanged event's node can differ only in its position.
      const onlyPositions = was !== null && was.marks === marks.events && was.weights === weights && was.noted === noted && was.maxW === maxW;
      const place = (event: StoryEvent, i: number, prev: NodeSource | undefined): NodeSource => {
        let pos = positions.get(event.id);
        if (pos === undefined) {
          pos = fallback(i);
          fallbackAt.push(i);
        }
        if (onlyPositions && prev && prev.event === event) {
          if (prev.x === pos.x && prev.y === pos.y) return prev;
          // Three map lookups fewer per event: a time edit on the compressed axis moves 10,000 of 20,000.
          return { event, count: prev.count, category: prev.category, size: prev.size, noted: prev.noted, x: pos.x, y: pos.y, def: movedNode(prev.def, pos) };
        }
        const mark = marks.events.get(event.id);
        const count = mark?.count ?? 0;
        const category = mark?.category ?? '';
        const size = nodeSize(weights.get(event.id) ?? 0, maxW);
        const hasNote = noted.size > 0 && noted.has(event.id);
        if (prev && prev.event === event && prev.count === count && prev.category === category && prev.size === size && (prev.noted ?? false) === hasNote) {
          if (prev.x === pos.x && prev.y === pos.y) return prev;
          // Moved only: a time edit on the compressed axis moves every later event, 10,000 at 20,000 events.
          return { event, count, category, size, noted: hasNote, x: pos.x, y: pos.y, def: movedNode(prev.def, pos) };
        }
        const s = { event, count, category, size, noted: hasNote, x: pos.x, y: pos.y };
        return { ...s, def: buildNode(s, prev) };
      };
      // After most edits only a few events differ in what their nodes are built from: only those are looked at.
      const dirty =
        was && was.noted === noted && was.maxW === maxW && nodes.items !== null
          ? dirtyEvents(was, nodeInputs, (id) => eventIndex(story.events).get(id))
          : undefined;
      let sources: NodeSource[];
      if (dirty !== undefined) {
        // Events dropped from the end (the Undo of Add event) go; events added at the end are in `dirty`.
        const kept = Math.min(nodes.sources.length, story.events.length);
        sources = nodes.sources.slice(0, kept);
        for (let i = kept; i < nodes.sources.length; i++) changed.set(canvasIdOf(nodes.sources[i]!.def), undefined);
        for (let i = kept; i < story.events.length; i++) {
          const src = place(story.events[i]!, i, undefined);
          sources.push(src);
          changed.set(canvasIdOf(src.def), src.def);
        }
        // Events placed by the fallback are placed again: the layout may have placed them since (after Add event), or the fallback moved.
        for (const i of [...dirty, ...was!.fallbackAt]) {
          if (i >= kept) continue;
          const prev = sources[i]!;
          const src = place(story.events[i]!, i, prev);
          if (src === prev) continue;
          sources[i] = src;
          changed.set(canvasIdOf(src.def), src.def);
        }
      } else {
        sources = walk(story.events, nodes, (e) => e.id, (s) => s.event.id, place, (s) => s.def, changed);
      }
      nodes = { items: story.events, sources };
      node = { ...nodeInputs, fallback, notes, noted, maxW, fallbackAt };
    }

    const nextEdgeInputs = [story.links, marks.links];
    if (!sameInputs(edgeInputs, nextEdgeInputs)) {
      const [linksBefore, marksBefore] = edgeInputs as [readonly StoryLink[] | undefined, ReadonlyMap<string, unknown> | undefined];
      edgeInputs = nextEdgeInputs;
      if (pairsOf !== story.links) {
        pairsOf = story.links;
        shared = sharedPairLinks(story.links);
      }
      const reuse = (link: StoryLink, _i: number, prev: EdgeSource | undefined): EdgeSource => {
        const mark = marks.links.get(link.id);
        const count = mark?.count ?? 0;
        const category = mark?.category ?? '';
        const bundled = shared.has(link.id);
        if (prev && prev.link === link && prev.count === count && prev.category === category && prev.bundled === bundled) return prev;
        const s = { link, count, category, bundled };
        return { ...s, def: buildEdge(s, prev) };
      };
      // The same links with a few marks changed (an edit that makes or resolves a conflict on a
      // link): only those links are looked at, not all 60,000 of a dense 20,000-event story.
      const remarked = linksBefore === story.links && marksBefore !== undefined ? changedKeys(marks.links, marksBefore) : undefined;
      let sources: EdgeSource[];
      if (remarked !== undefined) {
        sources = edges.sources.slice();
        // One pass of set lookups (about 1 ms over 60,000 links): a map from link id to place cost 15-30 ms to build.
        const links = story.links;
        for (let i = 0; remarked.size > 0 && i < links.length; i++) {
          if (!remarked.has(links[i]!.id)) continue;
          const prev = sources[i]!;
          const src = reuse(links[i]!, i, prev);
          if (src === prev) continue;
          sources[i] = src;
          changed.set(canvasIdOf(src.def), src.def);
        }
      } else {
        sources = walk(story.links, edges, (l) => l.id, (s) => s.link.id, reuse, (s) => s.def, changed);
      }
      edges = { items: story.links, sources };
    }

    if (changed.size === 0) return last;
    const base = byId;
    // Every event and link has an element, under ids that cannot clash (canvas-ids.ts).
    byId = byId.with(changed, story.events.length + story.links.length);
    const changes = { base, ids: [...changed.keys()] };
    history = [...history.slice(1 - HISTORY), changes];
    const steps = history;
    const result = byId;
    const changesSince = (from: ReadonlyMap<string, ElementDefinition>) => {
      if (from === result) return { base: from, ids: [] };
      const ids = new Set<string>();
      for (let i = steps.length - 1; i >= 0; i--) {
        for (const id of steps[i]!.ids) ids.add(id);
        if (steps[i]!.base === from) return { base: from, ids: [...ids] };
      }
      return undefined;
    };
    last = { byId, changes, changesSince };
    return last;
  };
}
