import type { StoryLink } from '../../model/story';
import { candidate, fmt, named, type GeneratorContext } from '../context';
import type { Candidate } from '../proposal';
import { removeLinkOps } from './shared';

/** Most link-removal proposals offered for one loop. */
const MAX_LINKS_OFFERED = 6;

/**
 * causal-cycle: remove the weakest link inside the loop (ties: the latest in
 * story order, the one most likely added last), then each other link as an
 * alternative. A self-loop is resolved by removing all of the event's self-links.
 */
export function causalCycle(ctx: GeneratorContext): Candidate[] {
  const members = new Set(ctx.conflict.events);
  const byId = new Map(ctx.ix.events.map((e) => [e.id, e] as const));
  if (members.size === 1) {
    const [only] = members;
    const selfLinks = ctx.ix.links.filter((l) => l.from === only && l.to === only);
    const e = only === undefined ? undefined : byId.get(only);
    if (!e || selfLinks.length === 0) return [];
    return [candidate('remove-link', `Remove the link from ${named(e)} to itself.`, removeLinkOps(selfLinks))];
  }
  const order = new Map(ctx.ix.links.map((l, j) => [l.id, j] as const));
  const inside: StoryLink[] = ctx.ix.links.filter((l) => l.from !== l.to && members.has(l.from) && members.has(l.to));
  inside.sort((a, b) => a.strength - b.strength || order.get(b.id)! - order.get(a.id)!);
  const singles = inside.slice(0, MAX_LINKS_OFFERED).map((l, k) => {
    const from = byId.get(l.from)!;
    const to = byId.get(l.to)!;
    const why = k === 0 ? 'the weakest link of the loop' : 'to break the loop';
    return candidate(
      'remove-link',
      `Remove the link from ${named(from)} to ${named(to)} (strength ${fmt(l.strength)}), ${why}.`,
      removeLinkOps([l]),
    );
  });
  const closing = loopClosingLinks(ctx, members);
  if (closing.length < 2) return singles;
  const shown = closing.slice(0, 3).map((l) => `from ${named(byId.get(l.from)!)} to ${named(byId.get(l.to)!)}`);
  const more = closing.length > shown.length ? `, and ${closing.length - shown.length} more` : '';
  return [
    ...singles,
    candidate(
      'remove-link',
      `Remove the ${closing.length} links that close the loops: ${shown.join(', ')}${more}.`,
      removeLinkOps(closing),
    ),
  ];
}

/**
 * Links that a depth-first search meets as back edges inside the component:
 * removing all of them leaves no loop among its events, even when no single
 * link lies on every loop. Iterative, linear in the component's size.
 */
function loopClosingLinks(ctx: GeneratorContext, members: ReadonlySet<string>): StoryLink[] {
  const { ix } = ctx;
  const inside = (i: number): boolean => members.has(ix.events[i]!.id);
  const starts = [...members].map((id) => ix.eventIndex.get(id)!).sort((a, b) => ix.rank[a]! - ix.rank[b]!);
  const state = new Uint8Array(ix.n); // 0 unvisited, 1 on the stack, 2 done
  const cursor = new Int32Array(ix.n);
  const closing: number[] = [];
  for (const s of starts) {
    if (state[s]) continue;
    const stack = [s];
    state[s] = 1;
    cursor[s] = ix.outStart[s]!;
    while (stack.length > 0) {
      const u = stack[stack.length - 1]!;
      if (cursor[u]! >= ix.outStart[u + 1]!) {
        state[u] = 2;
        stack.pop();
        continue;
      }
      const j = ix.outLinks[cursor[u]!++]!;
      const v = ix.linkTo[j]!;
      if (v === u || !inside(v)) continue;
      if (state[v] === 1) closing.push(j);
      else if (state[v] === 0) {
        state[v] = 1;
        cursor[v] = ix.outStart[v]!;
        stack.push(v);
      }
    }
  }
  return closing.sort((a, b) => a - b).map((j) => ix.links[j]!);
}
