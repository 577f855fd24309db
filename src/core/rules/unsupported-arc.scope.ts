import type { GraphEdit, GraphScope, PartKey } from '../analysis/rule-scope';
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

/**
 * After links were added or events made finer, the ancestors' minimum can only fall: it is
 * pushed along outgoing links from where it changed, as far as it keeps falling. An event made
 * coarser or a link moved can raise it, which only a whole run settles.
 */
function follow(edit: GraphEdit): readonly PartKey[] | undefined {
  const { before, ix, moved } = edit;
  if (moved.length > 0) return undefined;
  const aux = edit.aux as Finest;
  if (aux.value.length < ix.n) {
    const grown = new Float64Array(ix.n).fill(Infinity);
    grown.set(aux.value);
    aux.value = grown;
  }
  const finest = aux.value;
  const parts = new Set<PartKey>();
  const queue: number[] = [];
  // An event's own scale reaches its descendants: seeds are the changed events and the added links' causes.
  for (const i of edit.events) {
    if (i < before.n && ix.scaleIdx[i]! > before.scaleIdx[i]!) return undefined;
    parts.add(i);
    queue.push(i);
  }
  const relax = (from: number, to: number): void => {
    const reach = Math.min(ix.scaleIdx[from]!, finest[from]!);
    if (reach < finest[to]!) {
      finest[to] = reach;
      parts.add(to);
      queue.push(to);
    }
  };
  for (const j of edit.added) relax(ix.linkFrom[j]!, ix.linkTo[j]!);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = ix.outStart[v]!; k < ix.outStart[v + 1]!; k++) relax(v, ix.linkTo[ix.outLinks[k]!]!);
  }
  return [...parts];
}

/**
 * unsupported-arc reads the link graph and the scales (the finest scale among each event's
 * ancestors): followed when they can only fall, re-run whole otherwise. The `premise` tag
 * concerns its event alone.
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
  local: {
    reads: ['tags'],
    partsOf: (_aux, i) => [i],
    matchPart(ix, aux, part, emit) {
      const i = part as number;
      if (i < ix.n && matches(ix, (aux as Finest).value, i)) emit({ type: 'unsupported-arc', events: [i] }, 0);
    },
  },
};
