import { closeUp, linkChanges, type GraphEdit, type GraphScope, type PartKey } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import { minimumOverAncestors } from '../graph/ancestor-minimum';
import { outGraph } from '../graph/csr-graph';

/** The finest scale index among each event's ancestors (+Infinity for none), as the last run left it. */
interface Finest {
  value: Float64Array;
}

function matches(ix: StoryIndex, finest: Float64Array, i: number): boolean {
  const own = ix.scaleIdx[i]!;
  return own >= 1 && finest[i]! >= own && !ix.events[i]!.tags.includes('premise');
}

/** Beyond this share of the events to recompute, a whole run is about as cheap. */
const MOST_RECOMPUTED_SHARE = 0.1;

/**
 * The events whose finest ancestor scale may rise: reachable from `roots` along links of
 * either index's graph, but not through an event with a cause (in `ix`) of a scale at least as
 * fine as its value, which keeps that value whatever else changed (its descendants keep theirs
 * through it). Undefined past `most`.
 */
function mayRise(graphs: readonly StoryIndex[], ix: StoryIndex, finest: Float64Array, roots: readonly number[], most: number): number[] | undefined {
  const seen = new Set<number>();
  const queue: number[] = [];
  const held = (v: number): boolean => {
    if (v >= ix.n) return false;
    for (let k = ix.inStart[v]!; k < ix.inStart[v + 1]!; k++) if (ix.scaleIdx[ix.linkFrom[ix.inLinks[k]!]!]! <= finest[v]!) return true;
    return false;
  };
  const visit = (v: number): void => {
    if (seen.has(v)) return;
    seen.add(v);
    if (!held(v)) queue.push(v);
  };
  for (const r of roots) visit(r);
  for (let head = 0; head < queue.length; head++) {
    if (queue.length > most) return undefined;
    const v = queue[head]!;
    for (const g of graphs) {
      if (v >= g.n) continue;
      for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) visit(g.linkTo[g.outLinks[k]!]!);
    }
  }
  return queue;
}

/**
 * After an edit the ancestors' minimum is brought up to date without a whole run. Where it can
 * only fall (links added, events made finer) it is pushed along outgoing links as far as it keeps
 * falling. Where it can rise (a link moved away, an event made coarser), the events downstream
 * of the change are recomputed from their other causes, unless there are too many of them.
 */
function follow(edit: GraphEdit): readonly PartKey[] | undefined {
  const { before, ix } = edit;
  const { entered, left } = linkChanges(edit);
  const aux = edit.aux as Finest;
  if (aux.value.length < ix.n) {
    const grown = new Float64Array(ix.n).fill(Infinity);
    grown.set(aux.value);
    aux.value = grown;
  }
  const finest = aux.value;
  const parts = new Set<PartKey>();
  const queue: number[] = [];
  // Roots of what may rise: the effect a moved link left, the effects of an event made coarser.
  const roots: number[] = left.map((j) => before.linkTo[j]!);
  for (const i of edit.events) {
    parts.add(i);
    queue.push(i);
    if (i < before.n && ix.scaleIdx[i]! > before.scaleIdx[i]!) {
      for (let k = ix.outStart[i]!; k < ix.outStart[i + 1]!; k++) roots.push(ix.linkTo[ix.outLinks[k]!]!);
    }
  }
  if (roots.length > 0) {
    const region = mayRise([before, ix], ix, finest, roots, Math.max(1024, ix.n * MOST_RECOMPUTED_SHARE));
    if (region === undefined) return undefined;
    const inside = new Set(region);
    for (const v of region) finest[v] = Infinity;
    // From causes outside the region, whose minimum the edit cannot have changed.
    for (const v of region) {
      parts.add(v);
      for (let k = ix.inStart[v]!; k < ix.inStart[v + 1]!; k++) {
        const u = ix.linkFrom[ix.inLinks[k]!]!;
        if (!inside.has(u)) finest[v] = Math.min(finest[v]!, ix.scaleIdx[u]!, finest[u]!);
      }
      queue.push(v);
    }
  }
  const relax = (from: number, to: number): void => {
    const reach = Math.min(ix.scaleIdx[from]!, finest[from]!);
    if (reach < finest[to]!) {
      finest[to] = reach;
      parts.add(to);
      queue.push(to);
    }
  };
  for (const j of entered) relax(ix.linkFrom[j]!, ix.linkTo[j]!);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) relax(v, ix.linkTo[ix.outLinks[k]!]!);
  }
  return [...parts];
}

/**
 * unsupported-arc reads the link graph and the scales (the finest scale among each event's
 * ancestors): followed edit by edit (see follow), re-run whole when an edit reaches too far.
 * The `premise` tag concerns its event alone.
 */
export const unsupportedArcScope: GraphScope = {
  kind: 'graph',
  reads: ['scale'],
  partOf: (match) => match.events[0]!,
  orderOf: () => 0,
  whole(ix, emit) {
    const value = minimumOverAncestors(outGraph(ix), ix.scaleIdx);
    for (let i = 0; i < ix.n; i++) if (matches(ix, value, i)) emit({ type: 'unsupported-arc', events: [i] });
    const aux: Finest = { value };
    return aux;
  },
  follow,
  dropEvents(aux, moved, n) {
    const finest = aux as Finest;
    if (finest.value.length !== moved.length) return false;
    finest.value = closeUp(finest.value, moved, n);
    return true;
  },
  insertEvents(aux, moved, inserted, ix) {
    const finest = aux as Finest;
    if (finest.value.length !== moved.length) return undefined;
    finest.value = closeUp(finest.value, moved, ix.n);
    // An event without causes has no ancestors: whether it matches is its own affair.
    for (const i of inserted) finest.value[i] = Infinity;
    return inserted;
  },
  local: {
    reads: ['tags'],
    partsOf: (_aux, i) => [i],
    matchPart(ix, aux, part, emit) {
      const i = part as number;
      if (i < ix.n && matches(ix, (aux as Finest).value, i)) emit({ type: 'unsupported-arc', events: [i] }, 0);
    },
  },
};
