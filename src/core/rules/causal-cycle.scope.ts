import type { GraphEdit, GraphScope, PartKey } from '../analysis/rule-scope';
import type { Match } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { causalCycleRule } from './causal-cycle';

/** Per event of a loop of two or more events, that loop's members as the last whole run found them. */
type LoopOf = ReadonlyMap<number, readonly number[]>;

/** Beyond this many events searched, a whole run is cheaper than looking for a new loop. */
const MOST_SEARCHED = 4096;

/** A loop's partition: its smallest event index; a self link's: minus one minus its event. */
function partOf(match: Match): PartKey {
  return match.events.length === 1 ? -1 - match.events[0]! : Math.min(...match.events);
}

/** Whether `to` can be reached from `from` along links, searching both ways at once; undefined when the search grows too big. */
function reaches(ix: StoryIndex, from: number, to: number): boolean | undefined {
  const ahead = new Set([from]);
  const behind = new Set([to]);
  let forward = [from];
  let backward = [to];
  while (forward.length > 0 && backward.length > 0) {
    if (ahead.size + behind.size > MOST_SEARCHED) return undefined;
    // Widen the smaller frontier: a cause with few ancestors or an effect with few descendants settles it fast.
    const grow = forward.length <= backward.length;
    const frontier = grow ? forward : backward;
    const next: number[] = [];
    for (const v of frontier) {
      const start = grow ? ix.outStart : ix.inStart;
      const list = grow ? ix.outLinks : ix.inLinks;
      const end = grow ? ix.linkTo : ix.linkFrom;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = end[list[k]!]!;
        if ((grow ? behind : ahead).has(w)) return true;
        const seen = grow ? ahead : behind;
        if (!seen.has(w)) {
          seen.add(w);
          next.push(w);
        }
      }
    }
    if (grow) forward = next;
    else backward = next;
  }
  return false;
}

/**
 * Added links change the loops only when they close one (then a whole run merges them),
 * link an event to itself, or join two events of one loop (which lists the new link).
 * A moved link may break a loop: a whole run.
 */
function follow(edit: GraphEdit): readonly PartKey[] | undefined {
  const { ix, moved, added } = edit;
  if (moved.length > 0) return undefined;
  const loops = edit.aux as LoopOf;
  const parts: PartKey[] = [];
  for (const j of added) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    const loop = loops.get(a);
    if (a === b) {
      parts.push(-1 - a);
      // A self link of a loop's event is also one of the loop's links.
      if (loop !== undefined) parts.push(Math.min(...loop));
      continue;
    }
    if (loop !== undefined && loop === loops.get(b)) {
      parts.push(Math.min(...loop));
      continue;
    }
    if (reaches(ix, b, a) !== false) return undefined;
  }
  return parts;
}

/**
 * causal-cycle reads the link graph: followed while links are only added, re-run whole
 * otherwise. A time edit only reorders a loop's members (listed in timeline order), so that
 * loop alone is re-emitted.
 */
export const causalCycleScope: GraphScope = {
  kind: 'graph',
  reads: [],
  partOf,
  orderOf: (match) => match.links![0] ?? 0,
  whole(ix, emit) {
    const loops = new Map<number, readonly number[]>();
    causalCycleRule.detect(ix, (match) => {
      if (match.events.length > 1) for (const i of match.events) loops.set(i, match.events);
      emit(match);
    });
    return loops;
  },
  follow,
  local: {
    reads: ['time'],
    partsOf(aux, i) {
      const loop = (aux as LoopOf).get(i);
      return loop === undefined ? [] : [Math.min(...loop)];
    },
    matchPart(ix, aux, part, emit) {
      const p = part as number;
      if (p < 0) {
        const a = -1 - p;
        for (let k = ix.outStart[a]!; k < ix.outStart[a + 1]!; k++) {
          const j = ix.outLinks[k]!;
          if (ix.linkTo[j] === a) emit({ type: 'causal-cycle', events: [a], links: [j] }, j);
        }
        return;
      }
      const loop = (aux as LoopOf).get(p)!;
      const inside = new Set(loop);
      // The loop's links in story order, as the whole run lists them.
      const links: number[] = [];
      for (const i of loop) {
        for (let k = ix.outStart[i]!; k < ix.outStart[i + 1]!; k++) if (inside.has(ix.linkTo[ix.outLinks[k]!]!)) links.push(ix.outLinks[k]!);
      }
      links.sort((x, y) => x - y);
      const members = [...loop].sort((x, y) => ix.rank[x]! - ix.rank[y]!);
      emit({ type: 'causal-cycle', events: members, links }, links[0] ?? 0);
    },
  },
};
