import type { StoryIndex } from '../analysis/story-index';
import type { SearchResult, Walk } from './walk';

/**
 * Best impact of every event over paths of at most `maxHops` links. Dijkstra cannot honour a
 * hop bound (the best path may be too long while a shorter, weaker one qualifies), so this runs
 * layered relaxation: layer k extends, from the values every event had after layer k-1, only the
 * events that improved in layer k-1. After layer k each value is the exact best over paths of at
 * most k links, and an event's hop count is the first layer that reached its final value, i.e. the
 * fewest hops among its best paths. Cost O(maxHops * links) in the worst case: correctness over speed.
 */
export function hopBoundedSearch(
  ix: StoryIndex,
  walk: Walk,
  source: number,
  minImpact: number,
  maxHops: number,
): SearchResult {
  const n = ix.n;
  const impact = new Float64Array(n);
  const hops = new Int32Array(n);
  const { start, list, other } = walk;
  // predByLayer[k] maps each event that improved in layer k to its predecessor in that layer:
  // a later improvement must not rewrite the path of events already relying on the earlier one.
  const predByLayer: Map<number, number>[] = [new Map()];

  impact[source] = 1;
  let frontier: number[] = [source];
  for (let layer = 1; layer <= maxHops && frontier.length > 0; layer++) {
    const frontierImpact = frontier.map((u) => impact[u]!);
    const preds = new Map<number, number>();
    for (let f = 0; f < frontier.length; f++) {
      const u = frontier[f]!;
      const iu = frontierImpact[f]!;
      const end = start[u + 1]!;
      for (let k = start[u]!; k < end; k++) {
        const j = list[k]!;
        const v = other[j]!;
        if (v === source) continue;
        const iv = iu * walk.factor(j);
        if (!(iv > 0) || iv < minImpact || iv <= impact[v]!) continue;
        impact[v] = iv;
        hops[v] = layer;
        preds.set(v, u);
      }
    }
    predByLayer.push(preds);
    frontier = [...preds.keys()];
  }

  const reached: number[] = [];
  for (let v = 0; v < n; v++) if (v !== source && impact[v]! > 0) reached.push(v);

  return {
    impact,
    hops,
    reached,
    pathTo<T>(event: number, name: (event: number) => T): T[] {
      const path = new Array<T>(hops[event]! + 1);
      // The predecessor's value used at layer k was set in layer k-1 (otherwise `event` would
      // have been reached one layer earlier with the same value), so its entry is there.
      for (let e = event, layer = hops[event]!; layer >= 0; layer--) {
        path[layer] = name(e);
        if (layer > 0) e = predByLayer[layer]!.get(e)!;
      }
      return path;
    },
  };
}
