import type { StoryIndex } from '../analysis/story-index';
import { EntryHeap } from './entry-heap';
import type { SearchResult, Walk } from './walk';

/**
 * Best impact of every event from `source`: a Dijkstra search where path weights multiply.
 * It is exact because every factor is in [0, 1) (strength <= 1, decay <= 0.99): extending a
 * path never raises its product, so the first time an event leaves the heap its impact is final.
 * Products below `minImpact` are dropped at once, which bounds the search to the events
 * the ripple will report. Ties in impact go to fewer hops, then to the entry that is earlier
 * in the timeline (see EntryHeap), so the result is deterministic.
 */
export function maxProductSearch(ix: StoryIndex, walk: Walk, source: number, minImpact: number): SearchResult {
  const n = ix.n;
  const impact = new Float64Array(n);
  const hops = new Int32Array(n);
  const pred = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const reached: number[] = [];
  const heap = new EntryHeap(ix.rank);
  const { start, list, other } = walk;

  impact[source] = 1;
  heap.push(source, 1, 0);
  while (heap.size > 0) {
    const u = heap.pop();
    if (settled[u] === 1) continue; // a stale entry: u was settled from a better one
    settled[u] = 1;
    if (u !== source) reached.push(u);
    const iu = impact[u]!;
    const hv = hops[u]! + 1;
    const end = start[u + 1]!;
    for (let k = start[u]!; k < end; k++) {
      const j = list[k]!;
      const v = other[j]!;
      if (settled[v] === 1) continue;
      const iv = iu * walk.factor(j);
      if (!(iv > 0) || iv < minImpact) continue;
      if (iv > impact[v]! || (iv === impact[v]! && hv < hops[v]!)) {
        impact[v] = iv;
        hops[v] = hv;
        pred[v] = u;
        heap.push(v, iv, hv);
      }
    }
  }

  return {
    impact,
    hops,
    reached,
    pathTo<T>(event: number, name: (event: number) => T): T[] {
      const path = new Array<T>(hops[event]! + 1);
      for (let e = event, k = path.length - 1; k >= 0; e = pred[e]!, k--) path[k] = name(e);
      return path;
    },
  };
}
