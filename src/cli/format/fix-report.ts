import type { Proposal } from '../../core/resolutions/proposal';

const idList = (ids: readonly string[]): string => (ids.length > 0 ? ids.join(', ') : 'none');

/** One proposal as a numbered line for `--list` and for "there is no proposal N". */
export function proposalLine(p: Proposal, n: number): string {
  return `  ${n}. ${p.description} [${p.kind}; resolves ${p.resolves.length}, introduces ${p.introduces.length}, cost ${p.cost}]`;
}

/** What applying a proposal did, for stderr: its description, then what it resolves and introduces. */
export function appliedLines(p: Proposal, heading: string): string {
  return [
    `${heading}: ${p.description}`,
    `  resolves: ${idList(p.resolves)}`,
    `  introduces: ${idList(p.introduces.map((c) => c.id))}`,
  ].join('\n') + '\n';
}
