import type { LinkScope } from '../analysis/rule-scope';
import { exceeds } from '../analysis/tolerance';

/** causal-gap reads each link's ends' times and the cause's scale: one partition per link. */
export const causalGapScope: LinkScope = {
  kind: 'link',
  reads: ['time', 'scale'],
  partOf: (match) => match.links![0]!,
  orderOf: (match) => match.links![0]!,
  matchLink(ix, j, emit) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    const reach = ix.settings.thresholds.gapFactor * ix.story.scales[ix.scaleIdx[a]!]!.window;
    if (exceeds(ix.time[b]! - ix.time[a]!, reach)) emit({ type: 'causal-gap', events: [a, b], links: [j] }, j);
  },
};
