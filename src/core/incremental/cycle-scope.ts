import { closeUp, linkChanges, type GraphEdit, type GraphScope, type PartKey } from '../analysis/rule-scope';
import type { Match } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { outGraph } from '../graph/csr-graph';
import { keyedTopologicalOrder } from '../graph/keyed-topological-order';
import { componentsOf, sharingComponents } from '../graph/shared-components';
import { causalCycleRule } from '../rules/causal-cycle';
import { growOrder, loopOf, placeEvents, placeLink, splitLoop, stillOneLoop, type Loop, type LoopOrder } from './loop-order';

/** A loop's partition: its smallest event index; a self link's: minus one minus its event. */
function partOf(match: Match): PartKey {
  if (match.events.length === 1) return -1 - match.events[0]!;
  let min = Infinity;
  for (const v of match.events) if (v < min) min = v;
  return min;
}

/** The loop both ends of a link are in, if any. */
function loopWith(state: LoopOrder, a: number, b: number): Loop | undefined {
  const loop = state.of.get(a);
  return loop !== undefined && state.of.get(b) === loop ? loop : undefined;
}

/**
 * Follows the loops through an edit of the links, with a topological order of the components
 * kept as links come and go (loop-order.ts), so that no edit needs a whole run:
 * - a loop that lost links stays one loop when each lost link's cause still reaches its effect
 *   inside it (a quick search); otherwise its events are split into the loops they still make;
 * - a link to a later place changes nothing; a link to an earlier place reorders the region
 *   between its ends, or merges the components on the loop it closed.
 * A loop is re-listed only when its events or its links changed: a link moved from one of its
 * events to another keeps both (a link keeps its id and its stable number); its message, which
 * walks the links, is rebuilt by the engine (link-readers.ts).
 */
function follow(edit: GraphEdit): readonly PartKey[] | undefined {
  const { before, ix } = edit;
  const { entered, left } = linkChanges(edit);
  const state = edit.aux as LoopOrder;
  if (!state.valid || !growOrder(state, ix)) return undefined;
  const parts = new Set<PartKey>();
  // Links that were inside a loop, by id, with their former ends: the loop lost them unless they came back inside it.
  const leftInside = new Map<string, Loop>();
  const cuts = new Map<Loop, Array<readonly [number, number]>>();
  for (const j of left) {
    const a = before.linkFrom[j]!;
    const b = before.linkTo[j]!;
    if (a === b) parts.add(-1 - a);
    const loop = loopWith(state, a, b);
    if (loop === undefined) continue;
    leftInside.set(before.links[j]!.id, loop);
    if (a === b) continue;
    const list = cuts.get(loop);
    if (list) list.push([a, b]);
    else cuts.set(loop, [[a, b]]);
  }
  const replaced = new Set<Loop>();
  for (const [loop, cut] of cuts) {
    if (stillOneLoop(ix, state, loop, cut)) continue;
    const pieces = splitLoop(ix, state, loop);
    if (pieces === undefined) {
      state.valid = false;
      return undefined;
    }
    replaced.add(loop);
    parts.add(loop.min);
    for (const piece of pieces) parts.add(piece.min);
  }
  const pending = new Set(entered);
  for (const j of entered) {
    pending.delete(j);
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (a === b) parts.add(-1 - a);
    if (a === b || state.order[a]! <= state.order[b]!) continue;
    const { merged, formed } = placeLink(ix, state, a, b, pending);
    for (const loop of merged) {
      replaced.add(loop);
      parts.add(loop.min);
    }
    if (formed !== undefined) parts.add(formed.min);
  }
  // Loops that kept their events but gained or lost links are re-listed.
  const enteredInside = new Set<string>();
  for (const j of entered) {
    const loop = loopWith(state, ix.linkFrom[j]!, ix.linkTo[j]!);
    if (loop === undefined) continue;
    const id = ix.links[j]!.id;
    enteredInside.add(id);
    if (leftInside.get(id) !== loop) parts.add(loop.min);
  }
  for (const [id, loop] of leftInside) if (!replaced.has(loop) && !enteredInside.has(id)) parts.add(loop.min);
  return [...parts];
}

/** Every link of a loop, in story order (typed arrays and a typed sort: a loop may hold most of a story's links). */
function linksInside(ix: StoryIndex, loop: Loop, order: Float64Array): number[] {
  const place = order[loop.min]!;
  const { outStart, outLinks, linkTo } = ix;
  const members = loop.members;
  let count = 0;
  for (let m = 0; m < members.length; m++) count += outStart[members[m]! + 1]! - outStart[members[m]!]!;
  if (count * Math.log2(count + 1) > ix.m) {
    // A loop holding much of the story: one pass over every link lists them in story order without sorting.
    const { linkFrom } = ix;
    const links: number[] = [];
    for (let j = 0; j < ix.m; j++) if (order[linkFrom[j]!] === place && order[linkTo[j]!] === place) links.push(j);
    return links;
  }
  const found = new Int32Array(count);
  let filled = 0;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) if (order[linkTo[outLinks[k]!]!] === place) found[filled++] = outLinks[k]!;
  }
  const sorted = found.subarray(0, filled).sort();
  const links = new Array<number>(filled);
  for (let k = 0; k < filled; k++) links[k] = sorted[k]!;
  return links;
}

/** A loop's events in timeline order: their places in the timeline sorted, read back. */
function inTimeline(ix: StoryIndex, loop: Loop): number[] {
  const members = loop.members;
  const ranks = new Int32Array(members.length);
  for (let m = 0; m < members.length; m++) ranks[m] = ix.rank[members[m]!]!;
  ranks.sort();
  const out = new Array<number>(members.length);
  for (let m = 0; m < members.length; m++) out[m] = ix.timeline[ranks[m]!]!;
  return out;
}

/**
 * causal-cycle reads the link graph: followed link by link (see follow) with a dynamic
 * topological order of its components. A time edit only reorders a loop's members (listed in
 * timeline order), so that loop alone is re-emitted.
 */
export const causalCycleScope: GraphScope = {
  kind: 'graph',
  reads: [],
  partOf,
  orderOf: (match) => match.links![0] ?? 0,
  whole(ix, emit) {
    return sharingComponents(() => {
      const of = new Map<number, Loop>();
      causalCycleRule.detect(ix, (match) => {
        if (match.events.length > 1) {
          const loop = loopOf(match.events);
          for (const i of match.events) of.set(i, loop);
        }
        emit(match);
      });
      const g = outGraph(ix);
      const state: LoopOrder = { of, order: keyedTopologicalOrder(g, componentsOf(g), ix.rank), valid: true };
      return state;
    });
  },
  follow,
  dropEvents(aux, moved, n) {
    const state = aux as LoopOrder;
    if (state.order.length !== moved.length) return false;
    state.order = closeUp(state.order, moved, n);
    // Removed events had no links, so no loop loses a member: each is renumbered once.
    const renumbered = new Map<Loop, Loop>();
    const of = new Map<number, Loop>();
    for (const [i, loop] of state.of) {
      let next = renumbered.get(loop);
      if (next === undefined) {
        const members = loop.members.map((v) => moved[v]!);
        if (members.includes(-1)) return false;
        next = loopOf(members);
        renumbered.set(loop, next);
      }
      const p = moved[i]!;
      if (p < 0) return false;
      of.set(p, next);
    }
    state.of.clear();
    for (const [i, loop] of of) state.of.set(i, loop);
    return true;
  },
  insertEvents(aux, moved, inserted, ix) {
    const state = aux as LoopOrder;
    if (!this.dropEvents!(aux, moved, ix.n)) return undefined;
    // Inserted events have no links yet: each takes a place of its own after its timeline predecessor.
    for (const i of inserted) state.order[i] = NaN;
    if (!placeEvents(state.order, inserted, ix)) {
      state.valid = false;
      return undefined;
    }
    return [];
  },
  local: {
    reads: ['time'],
    partsOf(aux, i) {
      const loop = (aux as LoopOrder).of.get(i);
      return loop === undefined ? [] : [loop.min];
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
      const state = aux as LoopOrder;
      const loop = state.of.get(p);
      // The loop this partition named is gone, or its smallest event is another now.
      if (loop === undefined || loop.min !== p) return;
      const links = linksInside(ix, loop, state.order);
      const members = inTimeline(ix, loop);
      emit({ type: 'causal-cycle', events: members, links }, links[0] ?? 0);
    },
  },
};
