import type { LinkScope } from '../analysis/rule-scope';

/** temporal-paradox reads each link's ends' times: one partition per link. */
export const temporalParadoxScope: LinkScope = {
  kind: 'link',
  reads: ['time'],
  partOf: (match) => match.links![0]!,
  orderOf: (match) => match.links![0]!,
  matchLink(ix, j, emit) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (ix.time[a]! > ix.time[b]!) emit({ type: 'temporal-paradox', events: [a, b], links: [j] }, j);
  },
};
