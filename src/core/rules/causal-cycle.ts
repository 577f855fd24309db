import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { outGraph } from '../graph/csr-graph';
import { componentsOf } from '../graph/shared-components';

/** Longest loop spelled out in a message; longer ones are summarised. */
const MAX_STEPS_SHOWN = 6;

/**
 * Rule 1: every strongly connected component of two or more events, and every
 * event linked to itself. Members are listed in timeline order.
 */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const scc = componentsOf(outGraph(ix));
  const { componentOf } = scc;
  const size = new Int32Array(scc.count);
  for (let c = 0; c < scc.count; c++) size[c] = scc.start[c + 1]! - scc.start[c]!;

  // Links inside each nontrivial component, bucketed by component in story order.
  const inside: number[][] = [];
  const bucketOf = new Int32Array(scc.count).fill(-1);
  for (let j = 0; j < ix.m; j++) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (a === b) {
      emit({ type: 'causal-cycle', events: [a], links: [j] });
    }
    const c = componentOf[a]!;
    if (size[c]! < 2 || componentOf[b] !== c) continue;
    if (bucketOf[c] === -1) {
      bucketOf[c] = inside.length;
      inside.push([]);
    }
    inside[bucketOf[c]!]!.push(j);
  }

  for (let c = 0; c < scc.count; c++) {
    if (size[c]! < 2) continue;
    const members = Array.from(scc.members.subarray(scc.start[c], scc.start[c + 1]));
    members.sort((p, q) => ix.rank[p]! - ix.rank[q]!);
    emit({ type: 'causal-cycle', events: members, links: inside[bucketOf[c]!] ?? [] });
  }
}

/**
 * One concrete loop through `events[0]` using only the match's links: a
 * breadth-first search back to the start gives the shortest such loop.
 */
function loopThroughFirst(match: Match, ix: StoryIndex): number[] {
  const first = match.events[0]!;
  const next = new Map<number, number[]>();
  for (const j of match.links ?? []) {
    const a = ix.linkFrom[j]!;
    const list = next.get(a);
    if (list) list.push(ix.linkTo[j]!);
    else next.set(a, [ix.linkTo[j]!]);
  }
  const parent = new Map<number, number>([[first, -1]]);
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of next.get(u) ?? []) {
      if (v === first) {
        const path: number[] = [];
        for (let w = u; w !== -1; w = parent.get(w)!) path.push(w);
        return path.reverse();
      }
      if (!parent.has(v)) {
        parent.set(v, u);
        queue.push(v);
      }
    }
  }
  return [...match.events];
}

function describe(match: Match, ix: StoryIndex): string {
  if (match.events.length === 1) {
    return `${eventLabel(ix, match.events[0]!)} is linked as its own cause, so it can never happen first.`;
  }
  const loop = loopThroughFirst(match, ix);
  const start = eventLabel(ix, loop[0]!);
  const shown = loop.slice(1, MAX_STEPS_SHOWN).map((i) => eventLabel(ix, i));
  const chain = `${start} causes ${shown.join(', which causes ')}`;
  const skipped = loop.length - 1 - shown.length;
  const back = skipped > 0 ? `, and ${skipped} more steps lead back to ${start}` : `, which causes ${start} again`;
  const whole = match.events.length > loop.length ? ` (part of a loop of ${match.events.length} events)` : '';
  return `${chain}${back}: these events cause each other in a loop${whole}, so none of them can happen first.`;
}

/** Rule 1 of conflict-rules.md: causes that loop back on themselves. */
export const causalCycleRule: Rule = {
  type: 'causal-cycle',
  severity: 0.9,
  detect,
  describe,
};
