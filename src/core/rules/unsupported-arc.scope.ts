import type { GraphScope } from '../analysis/rule-scope';
import { minimumOverAncestors } from '../graph/ancestor-minimum';
import { outGraph } from '../graph/csr-graph';

/**
 * unsupported-arc reads the link graph and the scales (the finest scale among each event's
 * ancestors): re-run whole when those change. The `premise` tag concerns its event alone.
 */
export const unsupportedArcScope: GraphScope = {
  kind: 'graph',
  reads: ['scale'],
  partOf: (match) => match.events[0]!,
  orderOf: () => 0,
  whole(ix, emit) {
    const finestAncestor = minimumOverAncestors(outGraph(ix), ix.scaleIdx);
    for (let i = 0; i < ix.n; i++) {
      const own = ix.scaleIdx[i]!;
      if (own < 1 || finestAncestor[i]! < own) continue;
      if (ix.events[i]!.tags.includes('premise')) continue;
      emit({ type: 'unsupported-arc', events: [i] });
    }
    return finestAncestor;
  },
  local: {
    reads: ['tags'],
    partsOf: (_aux, i) => [i],
    matchPart(ix, aux, part, emit) {
      const i = part as number;
      const own = ix.scaleIdx[i]!;
      if (own < 1 || (aux as Float64Array)[i]! < own) return;
      if (ix.events[i]!.tags.includes('premise')) return;
      emit({ type: 'unsupported-arc', events: [i] }, 0);
    },
  },
};
