import type { Proposal } from '../../core/resolutions/proposal';
import { field } from '../terminal-text';

const idList = (ids: readonly string[]): string => (ids.length > 0 ? ids.map((id) => field(id, 200)).join(', ') : 'none');

/** One proposal as a numbered line for `--list` and for "there is no proposal N". */
export function proposalLine(p: Proposal, n: number): string {
  return `  ${n}. ${field(p.description)} [${p.kind}; resolves ${p.resolves.length}, introduces ${p.introduces.length}, cost ${p.cost}]`;
}

/** What applying a proposal did, for stderr: its description, then what it resolves and introduces. */
export function appliedLines(p: Proposal, heading: string): string {
  return [
    `${heading}: ${field(p.description)}`,
    `  resolves: ${idList(p.resolves)}`,
    `  introduces: ${idList(p.introduces.map((c) => c.id))}`,
  ].join('\n') + '\n';
}
