import type { StoryIndex } from '../analysis/story-index';

export type RippleDirection = 'forward' | 'backward';

/**
 * The adjacency a ripple walks: out-links for the forward ripple ("what this leads to"),
 * in-links for the backward one ("what led here"). `other[j]` is the event reached over link j.
 */
export interface Walk {
  readonly start: Int32Array;
  readonly list: Int32Array;
  readonly other: Int32Array;
  /** factor(j) = strength of link j * decay of the scale of the event reached over it. */
  factor(j: number): number;
}

/** The walk of a ripple in the given direction. */
export function walkOf(ix: StoryIndex, direction: RippleDirection): Walk {
  const forward = direction === 'forward';
  const other = forward ? ix.linkTo : ix.linkFrom;
  const { links, scaleIdx } = ix;
  const decay = ix.settings.decay;
  return {
    start: forward ? ix.outStart : ix.inStart,
    list: forward ? ix.outLinks : ix.inLinks,
    other,
    factor: (j) => links[j]!.strength * decay[scaleIdx[other[j]!]!]!,
  };
}

/**
 * What a search found: for every event its best impact (0 = not reached) and the hop
 * count of the chosen best path, and the reached events, the source excluded.
 */
export interface SearchResult {
  readonly impact: Float64Array;
  readonly hops: Int32Array;
  readonly reached: readonly number[];
  /** The chosen best path from the source to a reached event, both included, each event passed through `name`. */
  pathTo<T>(event: number, name: (event: number) => T): T[];
}
