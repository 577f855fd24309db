import type { GraphScope, PartKey } from '../analysis/rule-scope';
import type { Match } from '../analysis/rule';
import { causalCycleRule } from './causal-cycle';

/** Per event of a loop of two or more events, that loop's match as the last whole run found it. */
type LoopOf = ReadonlyMap<number, Match>;

/** A loop's partition: its smallest event index; a self link's: minus one minus its event. */
function partOf(match: Match): PartKey {
  return match.events.length === 1 ? -1 - match.events[0]! : Math.min(...match.events);
}

/**
 * causal-cycle reads the link graph: re-run whole when links change. A time edit only
 * reorders a loop's members (listed in timeline order), so that loop alone is re-emitted.
 */
export const causalCycleScope: GraphScope = {
  kind: 'graph',
  reads: [],
  partOf,
  orderOf: (match) => match.links![0] ?? 0,
  whole(ix, emit) {
    const loops = new Map<number, Match>();
    causalCycleRule.detect(ix, (match) => {
      if (match.events.length > 1) for (const i of match.events) loops.set(i, match);
      emit(match);
    });
    return loops;
  },
  local: {
    reads: ['time'],
    partsOf(aux, i) {
      const loop = (aux as LoopOf).get(i);
      return loop === undefined ? [] : [partOf(loop)];
    },
    matchPart(ix, aux, part, emit) {
      const loop = (aux as LoopOf).get(part as number)!;
      const members = [...loop.events].sort((p, q) => ix.rank[p]! - ix.rank[q]!);
      emit({ type: 'causal-cycle', events: members, links: loop.links ?? [] }, loop.links![0] ?? 0);
    },
  },
};
