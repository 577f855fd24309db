import type { StoryIndex } from '../analysis/story-index';
import { stronglyConnectedComponents } from '../graph/strongly-connected';

/** A loop of two or more events (a strongly connected component of the link graph). */
export interface Loop {
  readonly members: readonly number[];
  /** Its smallest event index: the loop's partition. */
  readonly min: number;
}

/**
 * The loops of the link graph and a topological order of its components, kept up to date link
 * by link. Plain data (records, maps, typed arrays), so that a resolution check can copy it.
 */
export interface LoopOrder {
  /** Per event of a loop, that loop. */
  readonly of: Map<number, Loop>;
  /**
   * Per event, its component's place: every link goes to a later place or stays inside a loop,
   * and no two components share a place, so a link to a later place cannot close a loop and
   * events share a place exactly when they share a loop.
   */
  order: Float64Array;
  /** False once places ran out of precision: the next change needs a whole run. */
  valid: boolean;
}

export function loopOf(members: readonly number[]): Loop {
  let min = Infinity;
  for (const v of members) if (v < min) min = v;
  return { members, min };
}

/** The smallest place above `value` (Infinity for none); places not yet given (NaN) are skipped. */
function placeAbove(order: Float64Array, value: number): number {
  let next = Infinity;
  for (let i = 0; i < order.length; i++) {
    const o = order[i]!;
    if (o > value && o < next) next = o;
  }
  return next;
}

/**
 * Places for appended events, each just after its timeline predecessor's, so that links to and
 * from its neighbours in time go with the order. False when places ran out of precision.
 */
export function growOrder(state: LoopOrder, ix: StoryIndex): boolean {
  const old = state.order;
  if (old.length >= ix.n) return true;
  const order = new Float64Array(ix.n).fill(NaN);
  order.set(old);
  const added: number[] = [];
  for (let i = old.length; i < ix.n; i++) added.push(i);
  if (!placeEvents(order, added, ix)) return false;
  state.order = order;
  return true;
}

/**
 * Gives the events `added` (whose places are NaN, and which have no links yet) a place just
 * after their timeline predecessor's. False when places ran out of precision.
 */
export function placeEvents(order: Float64Array, added: readonly number[], ix: StoryIndex): boolean {
  // In time order, so that a predecessor placed in the same call has its place already.
  const byTime = [...added].sort((a, b) => ix.rank[a]! - ix.rank[b]!);
  for (const i of byTime) {
    const r = ix.rank[i]!;
    let place: number;
    if (r === 0) {
      let low = Infinity;
      for (const o of order) if (o < low) low = o;
      place = low === Infinity ? 0 : low - 1;
    } else {
      const below = order[ix.timeline[r - 1]!]!;
      const next = placeAbove(order, below);
      place = next === Infinity ? below + 1 : (below + next) / 2;
      if (!(place > below && place < next)) return false;
    }
    order[i] = place;
  }
  return true;
}

/**
 * Whether `from` still reaches `to` inside a loop (events at place `place`), searching both
 * ways at once and widening the smaller frontier: near events settle it in a few steps, and
 * at worst the loop is walked once, which is still much less than splitting it.
 */
function reachesInside(ix: StoryIndex, order: Float64Array, place: number, from: number, to: number): boolean {
  if (from === to) return true;
  // 1: reached from `from`, 2: reaching `to`.
  const seen = new Uint8Array(ix.n);
  seen[from] = 1;
  seen[to] = 2;
  let forward = [from];
  let backward = [to];
  while (forward.length > 0 && backward.length > 0) {
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
        if (mark === mine || order[w] !== place) continue;
        if (mark !== 0) return true;
        seen[w] = mine;
        next.push(w);
      }
    }
    if (grow) forward = next;
    else backward = next;
  }
  return false;
}

/**
 * Whether a loop whose links from `cut[k][0]` to `cut[k][1]` went is still one loop in `ix`:
 * it is when every such cause still reaches its effect inside the loop (any path that used
 * a link that went can go round it).
 */
export function stillOneLoop(ix: StoryIndex, state: LoopOrder, loop: Loop, cut: ReadonlyArray<readonly [number, number]>): boolean {
  const place = state.order[loop.min]!;
  return cut.every(([a, b]) => reachesInside(ix, state.order, place, a, b));
}

/**
 * Splits a loop into the components its events make among themselves in `ix`, placed in
 * topological order between the loop's place and the next one. Returns the loops among them
 * (two or more events), or undefined when places ran out of precision.
 */
export function splitLoop(ix: StoryIndex, state: LoopOrder, loop: Loop): Loop[] | undefined {
  const members = loop.members;
  const size = members.length;
  const local = new Int32Array(ix.n).fill(-1);
  for (let k = 0; k < size; k++) local[members[k]!] = k;
  const start = new Int32Array(size + 1);
  const target: number[] = [];
  for (let k = 0; k < size; k++) {
    const v = members[k]!;
    for (let q = ix.outStart[v]!; q < ix.outStart[v + 1]!; q++) {
      const w = local[ix.linkTo[ix.outLinks[q]!]!]!;
      if (w >= 0) target.push(w);
    }
    start[k + 1] = target.length;
  }
  const edges = new Int32Array(target.length);
  for (let e = 0; e < edges.length; e++) edges[e] = e;
  const scc = stronglyConnectedComponents({ n: size, start, edges, target: Int32Array.from(target) });
  const order = state.order;
  const place = order[loop.min]!;
  const next = placeAbove(order, place);
  const top = next === Infinity ? place + 1 : next;
  const out: Loop[] = [];
  let previous = -Infinity;
  // Tarjan numbers components in reverse topological order.
  for (let c = scc.count - 1; c >= 0; c--) {
    const value = place + ((top - place) * (scc.count - 1 - c)) / scc.count;
    if (!(value > previous && value < top)) return undefined;
    previous = value;
    const from = scc.start[c]!;
    const to = scc.start[c + 1]!;
    for (let k = from; k < to; k++) order[members[scc.members[k]!]!] = value;
    if (to - from >= 2) out.push(loopOf(Array.from(scc.members.subarray(from, to), (k) => members[k]!)));
  }
  for (const v of members) state.of.delete(v);
  for (const part of out) for (const v of part.members) state.of.set(v, part);
  return out;
}

/** What adding one link against the order did: the loops it merged and the loop they make, if one closed. */
export interface Placed {
  readonly merged: readonly Loop[];
  readonly formed: Loop | undefined;
}

/**
 * Adds the link `a -> b` (the graph of `ix` without the links in `pending`) when `b` sits before
 * `a` in the order: Pearce and Kelly's dynamic topological order ("A dynamic topological sort
 * algorithm for directed acyclic graphs", 2006) over the components. The events `b` reaches up
 * to `a`'s place and those reaching `a` down to `b`'s place are searched; when they meet, the
 * link closed a loop of those in both, which become one component; the others are placed anew
 * among the places they held, the ones reaching `a` first. Only that region is visited.
 */
export function placeLink(ix: StoryIndex, state: LoopOrder, a: number, b: number, pending: ReadonlySet<number>): Placed {
  const order = state.order;
  const high = order[a]!;
  const low = order[b]!;
  // 1: reached from b, 2: reaching a.
  const mark = new Uint8Array(ix.n);
  const visited: number[] = [];
  const skip = pending.size > 0;
  // Forward from b up to a's place, or backward from a down to b's place.
  const search = (root: number, bit: number, start: Int32Array, list: Int32Array, end: Int32Array, forward: boolean): void => {
    const queue: number[] = [];
    const enter = (v: number): void => {
      const loop = state.of.get(v);
      if (loop === undefined) {
        if ((mark[v]! & bit) !== 0) return;
        if (mark[v] === 0) visited.push(v);
        mark[v]! |= bit;
        queue.push(v);
        return;
      }
      if ((mark[loop.min]! & bit) !== 0) return;
      for (const u of loop.members) {
        if (mark[u] === 0) visited.push(u);
        mark[u]! |= bit;
        queue.push(u);
      }
    };
    enter(root);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const j = list[k]!;
        if (skip && pending.has(j)) continue;
        const w = end[j]!;
        if ((mark[w]! & bit) !== 0) continue;
        const o = order[w]!;
        if (forward ? o <= high : o >= low) enter(w);
      }
    }
  };
  search(b, 1, ix.outStart, ix.outLinks, ix.linkTo, true);
  search(a, 2, ix.inStart, ix.inLinks, ix.linkFrom, false);
  // Places of the components found: those reaching a only, those in both (a loop closed), those reached from b only.
  const groups = [placesOf(visited, mark, order, 2), placesOf(visited, mark, order, 3), placesOf(visited, mark, order, 1)] as const;
  const [before, both, after] = groups;
  const pool = new Float64Array(before.length + both.length + after.length);
  pool.set(before);
  pool.set(both, before.length);
  pool.set(after, before.length + both.length);
  pool.sort();
  // Those reaching a take the lowest places, in their former order, those reached from b the highest, a loop closed one between.
  const offset = [0, before.length, pool.length - after.length];
  const merged: Loop[] = [];
  const members: number[] = [];
  for (const v of visited) {
    const g = mark[v] === 2 ? 0 : mark[v] === 3 ? 1 : 2;
    if (g === 1) {
      members.push(v);
      const loop = state.of.get(v);
      if (loop !== undefined && loop.min === v) merged.push(loop);
      order[v] = pool[offset[1]!]!;
    } else order[v] = pool[offset[g]! + indexOf(groups[g], order[v]!)]!;
  }
  if (members.length < 2) return { merged, formed: undefined };
  const formed = loopOf(members);
  for (const v of members) state.of.set(v, formed);
  return { merged, formed };
}

/** The distinct places of the visited events marked `bit`, ascending. */
function placesOf(visited: readonly number[], mark: Uint8Array, order: Float64Array, bit: number): Float64Array {
  const places: number[] = [];
  for (const v of visited) if (mark[v] === bit) places.push(order[v]!);
  const sorted = Float64Array.from(places).sort();
  let kept = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k]!;
  return sorted.subarray(0, kept);
}

/** The position of `value` in an ascending array that holds it. */
function indexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
