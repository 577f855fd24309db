import type { StoryIndex } from '../../analysis/story-index';

/**
 * motivated(Q, c, P) of conflict-rules.md: some link M -> Q where c is a participant of M
 * and M is P itself or lies strictly between P and Q in timeline order.
 */
export function isMotivated(ix: StoryIndex, q: number, c: string, p: number): boolean {
  const rankP = ix.rank[p]!;
  const rankQ = ix.rank[q]!;
  const end = ix.inStart[q + 1]!;
  // Scanning Q's incoming links costs its in-degree, far less than the events between P and Q.
  for (let k = ix.inStart[q]!; k < end; k++) {
    const m = ix.linkFrom[ix.inLinks[k]!]!;
    if (m !== p) {
      const rankM = ix.rank[m]!;
      if (rankM <= rankP || rankM >= rankQ) continue;
    }
    if (ix.events[m]!.participants.includes(c)) return true;
  }
  return false;
}
