import type { LinkScope } from '../analysis/rule-scope';

/** scale-jump reads each link's ends' scales: one partition per link. */
export const scaleJumpScope: LinkScope = {
  kind: 'link',
  reads: ['scale'],
  partOf: (match) => match.links![0]!,
  orderOf: (match) => match.links![0]!,
  matchLink(ix, j, emit) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (Math.abs(ix.scaleIdx[a]! - ix.scaleIdx[b]!) >= 2) emit({ type: 'scale-jump', events: [a, b], links: [j] }, j);
  },
};
