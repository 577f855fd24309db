import type { StoryIndex } from '../analysis/story-index';
import type { EventId } from '../model/story';
import { hopBoundedSearch } from './hop-bounded-search';
import { maxProductSearch } from './max-product-search';
import { touchedBy } from './touched';
import { walkOf, type RippleDirection, type SearchResult } from './walk';

export type { RippleDirection } from './walk';

/** Impact below which the spec leaves an event out of a ripple. */
export const DEFAULT_MIN_IMPACT = 0.05;

export interface RippleOptions {
  /** 'forward' (default): what the source leads to; 'backward': what led to the source. */
  readonly direction?: RippleDirection;
  /** Events whose impact is below this are left out; default 0.05. */
  readonly minImpact?: number;
  /** Only paths of at most this many links count; default unbounded. */
  readonly maxHops?: number;
}

/** One event the ripple reaches. */
export interface RippleReach {
  readonly event: EventId;
  /** In (0, 1): the best product of strength * decay over the paths from the source. */
  readonly impact: number;
  /** Number of links on `path`. */
  readonly hops: number;
  /** Event ids of one best path, from the source to `event`, both included. */
  readonly path: readonly EventId[];
}

/** The impact ripple of one event (docs/RIPPLE.md). The source itself is never among `reached`. */
export interface Ripple {
  readonly source: EventId;
  readonly direction: RippleDirection;
  /** Sorted by impact (highest first), then hops (fewest first), then timeline order. */
  readonly reached: readonly RippleReach[];
  /** Sum of the impact of the reached events per scale id; every scale of the story is present. */
  readonly perScale: Readonly<Record<string, number>>;
  /** Characters, locations and themes touched by the source and the reached events, sorted. */
  readonly characters: readonly string[];
  readonly locations: readonly string[];
  readonly themes: readonly string[];
}

function checkedOptions(options: RippleOptions): { direction: RippleDirection; minImpact: number; maxHops: number } {
  const direction = options.direction ?? 'forward';
  const minImpact = options.minImpact ?? DEFAULT_MIN_IMPACT;
  const maxHops = options.maxHops ?? Infinity;
  if (!(minImpact >= 0)) throw new RangeError(`minImpact must be a number >= 0, got ${minImpact}`);
  if (maxHops !== Infinity && !(Number.isInteger(maxHops) && maxHops >= 0)) {
    throw new RangeError(`maxHops must be a whole number >= 0, got ${maxHops}`);
  }
  return { direction, minImpact, maxHops };
}

/** Sorts reached events: impact descending, then hops ascending, then timeline order. */
function rankedReach(ix: StoryIndex, found: SearchResult): number[] {
  const { impact, hops } = found;
  return [...found.reached].sort(
    (a, b) => impact[b]! - impact[a]! || hops[a]! - hops[b]! || ix.rank[a]! - ix.rank[b]!,
  );
}

/**
 * The impact ripple from one event: every event whose best path product reaches
 * `minImpact`, with its impact, hops and one best path, the impact summed per scale, and
 * what the ripple touches. Throws when no event has `sourceId`.
 */
export function computeRipple(ix: StoryIndex, sourceId: string, options: RippleOptions = {}): Ripple {
  const source = ix.eventIndex.get(sourceId);
  if (source === undefined) throw new Error(`No event with id "${sourceId}"`);
  const { direction, minImpact, maxHops } = checkedOptions(options);
  const walk = walkOf(ix, direction);
  const found =
    maxHops === Infinity
      ? maxProductSearch(ix, walk, source, minImpact)
      : hopBoundedSearch(ix, walk, source, minImpact, maxHops);

  const order = rankedReach(ix, found);
  const perScale: Record<string, number> = {};
  for (const scale of ix.story.scales) perScale[scale.id] = 0;
  const scaleIds = ix.story.scales.map((s) => s.id);
  const idOf = (e: number): EventId => ix.events[e]!.id;
  const reached = order.map((v): RippleReach => {
    const impact = found.impact[v]!;
    const scale = scaleIds[ix.scaleIdx[v]!]!;
    perScale[scale] = perScale[scale]! + impact;
    return {
      event: ix.events[v]!.id,
      impact,
      hops: found.hops[v]!,
      path: found.pathTo(v, idOf),
    };
  });

  return { source: sourceId, direction, reached, perScale, ...touchedBy(ix, [source, ...order]) };
}
