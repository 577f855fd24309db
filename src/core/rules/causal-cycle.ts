import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { outGraph } from '../graph/csr-graph';
import { componentsOf } from '../graph/shared-components';

/** Longest loop spelled out in a message; longer ones are summarised. */
const MAX_STEPS_SHOWN = 6;

/**
 * Rule 1: every strongly connected component of two or more events, and every
 * event linked to itself. Members are listed in timeline order.
 */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const scc = componentsOf(outGraph(ix));
  const { componentOf } = scc;
  const size = new Int32Array(scc.count);
  for (let c = 0; c < scc.count; c++) size[c] = scc.start[c + 1]! - scc.start[c]!;

  // Links inside each nontrivial component, bucketed by component in story order.
  const inside: number[][] = [];
  const bucketOf = new Int32Array(scc.count).fill(-1);
  for (let j = 0; j < ix.m; j++) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (a === b) {
      emit({ type: 'causal-cycle', events: [a], links: [j] });
    }
    const c = componentOf[a]!;
    if (size[c]! < 2 || componentOf[b] !== c) continue;
    if (bucketOf[c] === -1) {
      bucketOf[c] = inside.length;
      inside.push([]);
    }
    inside[bucketOf[c]!]!.push(j);
  }

  for (let c = 0; c < scc.count; c++) {
    if (size[c]! < 2) continue;
    const members = Array.from(scc.members.subarray(scc.start[c], scc.start[c + 1]));
    members.sort((p, q) => ix.rank[p]! - ix.rank[q]!);
    emit({ type: 'causal-cycle', events: members, links: inside[bucketOf[c]!] ?? [] });
  }
}

/** Fewer links than this share of the events, and maps are cheaper than arrays sized by the story. */
const TYPED_FROM = 1 / 16;

/**
 * One concrete loop through `events[0]` using only the match's links: a
 * breadth-first search back to the start gives the shortest such loop. Each event's
 * next events are taken in the order of the match's links.
 */
function loopThroughFirst(match: Match, ix: StoryIndex): number[] {
  const links = match.links ?? [];
  const path = links.length >= ix.n * TYPED_FROM ? searchTyped(match.events[0]!, links, ix) : searchMapped(match.events[0]!, links, ix);
  return path ?? [...match.events];
}

/** The search over maps, for a small loop in a large story. */
function searchMapped(first: number, links: readonly number[], ix: StoryIndex): number[] | undefined {
  const next = new Map<number, number[]>();
  for (const j of links) {
    const a = ix.linkFrom[j]!;
    const list = next.get(a);
    if (list) list.push(ix.linkTo[j]!);
    else next.set(a, [ix.linkTo[j]!]);
  }
  const parent = new Map<number, number>([[first, -1]]);
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of next.get(u) ?? []) {
      if (v === first) {
        const path: number[] = [];
        for (let w = u; w !== -1; w = parent.get(w)!) path.push(w);
        return path.reverse();
      }
      if (!parent.has(v)) {
        parent.set(v, u);
        queue.push(v);
      }
    }
  }
  return undefined;
}

/**
 * The same search over typed arrays, for a loop holding much of the story (a dense story's
 * loop can hold most of its links). Links listed in story order (as merged conflicts list
 * them) are only marked, and each event's links read from the index, which lists them in
 * story order too; otherwise each event's next events are gathered in the order listed.
 */
function searchTyped(first: number, links: readonly number[], ix: StoryIndex): number[] | undefined {
  const mark = scratch.marks(ix.m);
  let ascending = true;
  for (let k = 0; k < links.length; k++) {
    const j = links[k]!;
    if (k > 0 && j <= links[k - 1]!) ascending = false;
    mark[j] = 1;
  }
  if (ascending) {
    const loop = breadthFirst(first, ix.n, ix.outStart, ix.outLinks, ix.linkTo, mark);
    for (let k = 0; k < links.length; k++) mark[links[k]!] = 0;
    return loop;
  }
  for (let k = 0; k < links.length; k++) mark[links[k]!] = 0;
  const { n, linkFrom, linkTo } = ix;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < links.length; k++) start[linkFrom[links[k]!]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const next = new Int32Array(links.length);
  for (let k = 0; k < links.length; k++) {
    const j = links[k]!;
    next[fill[linkFrom[j]!]!++] = j;
  }
  return breadthFirst(first, n, start, next, linkTo, undefined);
}

/**
 * Work arrays of the search, kept between searches: a big loop's message is written again after
 * most link edits inside it, and three arrays sized by a 100k story, new each time, cost more
 * in first touches of fresh memory (about 270 pages) than the search itself. Handed back clean:
 * marks all 0, parents all -2.
 */
const scratch = {
  mark: new Uint8Array(0),
  parent: new Int32Array(0),
  queue: new Int32Array(0),
  marks(m: number): Uint8Array {
    if (this.mark.length < m) this.mark = new Uint8Array(m);
    return this.mark;
  },
  parents(n: number): Int32Array {
    if (this.parent.length < n) this.parent = new Int32Array(n).fill(-2);
    return this.parent;
  },
  queued(n: number): Int32Array {
    if (this.queue.length < n) this.queue = new Int32Array(n);
    return this.queue;
  },
};

/** The search back to `first` over compressed rows of links (`row`), only those marked when `mark` is given. */
function breadthFirst(first: number, n: number, start: Int32Array, row: Int32Array, linkTo: Int32Array, mark: Uint8Array | undefined): number[] | undefined {
  // -2: not reached yet; the start's parent is -1.
  const parent = scratch.parents(n);
  const queue = scratch.queued(n);
  parent[first] = -1;
  queue[0] = first;
  let tail = 1;
  let loop: number[] | undefined;
  for (let head = 0; head < tail && loop === undefined; head++) {
    const u = queue[head]!;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const j = row[k]!;
      if (mark !== undefined && mark[j] === 0) continue;
      const v = linkTo[j]!;
      if (v === first) {
        loop = [];
        for (let w = u; w !== -1; w = parent[w]!) loop.push(w);
        loop.reverse();
        break;
      }
      if (parent[v] === -2) {
        parent[v] = u;
        queue[tail++] = v;
      }
    }
  }
  // Every event given a parent is in the queue.
  for (let k = 0; k < tail; k++) parent[queue[k]!] = -2;
  return loop;
}

function describe(match: Match, ix: StoryIndex): string {
  if (match.events.length === 1) {
    return `${eventLabel(ix, match.events[0]!)} is linked as its own cause, so it can never happen first.`;
  }
  const loop = loopThroughFirst(match, ix);
  const start = eventLabel(ix, loop[0]!);
  const shown = loop.slice(1, MAX_STEPS_SHOWN).map((i) => eventLabel(ix, i));
  const chain = `${start} causes ${shown.join(', which causes ')}`;
  const skipped = loop.length - 1 - shown.length;
  const back = skipped > 0 ? `, and ${skipped} more steps lead back to ${start}` : `, which causes ${start} again`;
  const whole = match.events.length > loop.length ? ` (part of a loop of ${match.events.length} events)` : '';
  return `${chain}${back}: these events cause each other in a loop${whole}, so none of them can happen first.`;
}

/** Rule 1 of conflict-rules.md: causes that loop back on themselves. */
export const causalCycleRule: Rule = {
  type: 'causal-cycle',
  severity: 0.9,
  detect,
  describe,
};
