import type { Ripple } from '../../state';
import { impactTier } from '../impact/format';

/** One link of a best path, as the story stores it (cause -> effect). */
export interface PathLink {
  readonly from: string;
  readonly to: string;
}

/** A ripple arranged for drawing hop by hop. */
export interface RippleLayers {
  readonly source: string;
  /** layers[k - 1]: the events first drawn at hop k, with their tint step. */
  readonly layers: readonly (readonly { readonly id: string; readonly tier: number }[])[];
  /** links[k - 1]: the last link of each best path ending at hop k (together: the tree of best paths). */
  readonly links: readonly (readonly PathLink[])[];
  /** Best path (event ids from the source) per reached event. */
  readonly paths: ReadonlyMap<string, readonly string[]>;
}

/**
 * The consecutive links of a ripple path as stored in the story. A backward path runs
 * from the source back to a cause, so its links point the other way.
 */
export function pathLinks(path: readonly string[], direction: Ripple['direction']): PathLink[] {
  const out: PathLink[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    out.push(direction === 'forward' ? { from: a, to: b } : { from: b, to: a });
  }
  return out;
}

/** Groups the reached events by hop count, each with its tint, and the best-path link that reaches it. */
export function rippleLayers(ripple: Ripple): RippleLayers {
  const layers: { id: string; tier: number }[][] = [];
  const links: PathLink[][] = [];
  const paths = new Map<string, readonly string[]>();
  for (const r of ripple.reached) {
    const k = Math.max(1, r.hops);
    while (layers.length < k) {
      layers.push([]);
      links.push([]);
    }
    layers[k - 1]!.push({ id: r.event, tier: impactTier(r.impact) });
    const last = pathLinks(r.path.slice(-2), ripple.direction)[0];
    if (last) links[k - 1]!.push(last);
    paths.set(r.event, r.path);
  }
  return { source: ripple.source, layers, links, paths };
}
