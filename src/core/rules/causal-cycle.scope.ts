import { closeUp, linkChanges, type GraphEdit, type GraphScope, type PartKey } from '../analysis/rule-scope';
import type { Match } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { outGraph } from '../graph/csr-graph';
import { keyedTopologicalOrder } from '../graph/keyed-topological-order';
import { stronglyConnectedComponents } from '../graph/strongly-connected';
import { causalCycleRule } from './causal-cycle';

/** What the last whole run found, kept up to date by `follow`. */
interface Loops {
  /** Per event of a loop of two or more events, that loop's members. */
  readonly of: Map<number, readonly number[]>;
  /**
   * Per event, its component's place in a topological order of the link graph's components
   * that follows time where it can: a link to a later place cannot close a loop.
   */
  order: Float64Array;
  /** False once a link went against `order` without closing a loop: the order no longer holds. */
  valid: boolean;
}

/** Beyond this share of the events searched, a whole run is about as cheap as looking further for a new loop. */
const MOST_SEARCHED_SHARE = 0.1;

/** A loop's partition: its smallest event index; a self link's: minus one minus its event. */
function partOf(match: Match): PartKey {
  return match.events.length === 1 ? -1 - match.events[0]! : Math.min(...match.events);
}

/** Whether `to` can be reached from `from` along links, searching both ways at once; undefined when the search grows too big. */
function reaches(ix: StoryIndex, from: number, to: number, order: Float64Array): boolean | undefined {
  // Along links the order never falls, so a path from `from` to `to` stays within [order[from], order[to]].
  const low = order[from]!;
  const high = order[to]!;
  const most = Math.max(1024, ix.n * MOST_SEARCHED_SHARE);
  // 1: reached going forward from `from`, 2: going backward from `to`.
  const seen = new Uint8Array(ix.n);
  seen[from] = 1;
  seen[to] = 2;
  let forward = [from];
  let backward = [to];
  let searched = 2;
  while (forward.length > 0 && backward.length > 0) {
    if (searched > most) return undefined;
    // Widen the smaller frontier: a cause with few ancestors or an effect with few descendants settles it fast.
    const grow = forward.length <= backward.length;
    const start = grow ? ix.outStart : ix.inStart;
    const list = grow ? ix.outLinks : ix.inLinks;
    const end = grow ? ix.linkTo : ix.linkFrom;
    const mine = grow ? 1 : 2;
    const next: number[] = [];
    for (const v of grow ? forward : backward) {
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = end[list[k]!]!;
        const mark = seen[w]!;
        if (mark === mine || order[w]! < low || order[w]! > high) continue;
        if (mark !== 0) return true;
        seen[w] = mine;
        next.push(w);
      }
    }
    searched += next.length;
    if (grow) forward = next;
    else backward = next;
  }
  return false;
}

/**
 * The loops the events of one former loop fall into now (a link of it moved away): its
 * members' strongly connected components in the graph restricted to them. A link of the
 * edit that joins them to events outside is checked by `follow` as any other new link.
 */
function splitLoop(ix: StoryIndex, loop: readonly number[]): number[][] {
  const local = new Map<number, number>();
  loop.forEach((v, k) => local.set(v, k));
  const start = new Int32Array(loop.length + 1);
  const edges: number[] = [];
  const target: number[] = [];
  loop.forEach((v, k) => {
    for (let q = ix.outStart[v]!; q < ix.outStart[v + 1]!; q++) {
      const w = local.get(ix.linkTo[ix.outLinks[q]!]!);
      if (w === undefined) continue;
      edges.push(target.length);
      target.push(w);
    }
    start[k + 1] = edges.length;
  });
  const scc = stronglyConnectedComponents({ n: loop.length, start, edges: Int32Array.from(edges), target: Int32Array.from(target) });
  const out: number[][] = [];
  for (let c = 0; c < scc.count; c++) {
    if (scc.start[c + 1]! - scc.start[c]! < 2) continue;
    out.push(Array.from(scc.members.subarray(scc.start[c], scc.start[c + 1]), (k) => loop[k]!));
  }
  return out;
}

/**
 * Added links (and moved links at their new ends) change the loops only when they close one
 * (then a whole run merges them), link an event to itself, or join two events of one loop
 * (which lists the new link). A link removed from a loop or moved out of it may break it: the loop's members
 * are split into the loops they still make among themselves. Every link goes to an equal or
 * later place in `order`; a loop's members share one place, and so do the loops it splits into.
 */
function follow(edit: GraphEdit): readonly PartKey[] | undefined {
  const { before, ix } = edit;
  const { entered, left } = linkChanges(edit);
  const loops = edit.aux as Loops;
  if (!loops.valid) return undefined;
  if (loops.order.length < ix.n) {
    // An appended event takes the place of its timeline predecessor, so links to and from its neighbours go with time.
    const grown = new Float64Array(ix.n);
    grown.set(loops.order);
    for (let i = loops.order.length; i < ix.n; i++) {
      const r = ix.rank[i]!;
      grown[i] = r === 0 ? -1 : grown[ix.timeline[r - 1]!]! + 0.5;
    }
    loops.order = grown;
  }
  const order = loops.order;
  const parts: PartKey[] = [];
  const broken = new Set<readonly number[]>();
  for (const j of left) {
    const a = before.linkFrom[j]!;
    const b = before.linkTo[j]!;
    if (a === b) parts.push(-1 - a);
    const loop = loops.of.get(a);
    if (loop !== undefined && loop === loops.of.get(b)) broken.add(loop);
  }
  for (const loop of broken) {
    parts.push(Math.min(...loop));
    for (const v of loop) loops.of.delete(v);
    for (const part of splitLoop(ix, loop)) {
      for (const v of part) loops.of.set(v, part);
      parts.push(Math.min(...part));
    }
  }
  // Links of this edit that go to an earlier place in the order. The search below assumes every
  // other link keeps to it, so with two or more of them it could miss a loop that runs through both: a whole run.
  let against = 0;
  for (const j of entered) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    const loop = loops.of.get(a);
    if (a === b) {
      parts.push(-1 - a);
      // A self link of a loop's event is also one of the loop's links.
      if (loop !== undefined) parts.push(Math.min(...loop));
      continue;
    }
    if (loop !== undefined && loop === loops.of.get(b)) {
      parts.push(Math.min(...loop));
      continue;
    }
    if (order[a]! > order[b]!) against++;
  }
  if (against > 1) return undefined;
  for (const j of entered) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (a === b || order[a]! < order[b]! || (loops.of.get(a) !== undefined && loops.of.get(a) === loops.of.get(b))) continue;
    if (reaches(ix, b, a, order) !== false) return undefined;
    // No loop, but the link goes against the order: the next link change needs a whole run.
    if (order[a]! > order[b]!) loops.valid = false;
  }
  return parts;
}

/**
 * causal-cycle reads the link graph: followed as links are added or moved, re-run whole
 * when a loop may form or break. A time edit only reorders a loop's members (listed in timeline order), so that
 * loop alone is re-emitted.
 */
export const causalCycleScope: GraphScope = {
  kind: 'graph',
  reads: [],
  partOf,
  orderOf: (match) => match.links![0] ?? 0,
  whole(ix, emit) {
    const of = new Map<number, readonly number[]>();
    causalCycleRule.detect(ix, (match) => {
      if (match.events.length > 1) for (const i of match.events) of.set(i, match.events);
      emit(match);
    });
    const g = outGraph(ix);
    const loops: Loops = { of, order: keyedTopologicalOrder(g, stronglyConnectedComponents(g), ix.rank), valid: true };
    return loops;
  },
  follow,
  dropEvents(aux, moved, n) {
    const loops = aux as Loops;
    if (loops.order.length !== moved.length) return false;
    loops.order = closeUp(loops.order, moved, n);
    // A loop's members share one list: each list is renumbered once.
    const renumbered = new Map<readonly number[], readonly number[]>();
    const of = new Map<number, readonly number[]>();
    for (const [i, loop] of loops.of) {
      let next = renumbered.get(loop);
      if (next === undefined) {
        next = loop.map((v) => moved[v]!);
        renumbered.set(loop, next);
      }
      const p = moved[i]!;
      if (p < 0 || next.includes(-1)) return false;
      of.set(p, next);
    }
    loops.of.clear();
    for (const [i, loop] of of) loops.of.set(i, loop);
    return true;
  },
  insertEvents(aux, moved, inserted, ix) {
    const loops = aux as Loops;
    if (loops.order.length !== moved.length || !this.dropEvents!(aux, moved, ix.n)) return undefined;
    // As for an appended event: the place of its timeline predecessor (inserted ones in timeline order).
    const order = loops.order;
    for (const i of [...inserted].sort((a, b) => ix.rank[a]! - ix.rank[b]!)) {
      const r = ix.rank[i]!;
      order[i] = r === 0 ? -1 : order[ix.timeline[r - 1]!]! + 0.5;
    }
    return [];
  },
  local: {
    reads: ['time'],
    partsOf(aux, i) {
      const loop = (aux as Loops).of.get(i);
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
      const loop = (aux as Loops).of.get(p);
      // The loop this partition named is gone, or its smallest event is another now.
      if (loop === undefined || Math.min(...loop) !== p) return;
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
