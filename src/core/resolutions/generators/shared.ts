import type { EditOp } from '../../edits/edit-op';
import { defaultLinkId, newLink, ops } from '../../edits/ops';
import { linkPositions } from '../../model/link-positions';
import type { LinkKind, StoryEvent, StoryLink } from '../../model/story';
import type { StoryIndex } from '../../analysis/story-index';
import type { GeneratorContext } from '../context';
import { IdAllocator } from '../placement';
import { marksFor, type VisitMarks } from '../../graph/visit-marks';

/** Fresh event ids for one candidate patch. */
export function eventIds(ctx: GeneratorContext): IdAllocator {
  return new IdAllocator((id) => ctx.ix.eventIndex.has(id));
}

/** Fresh link ids for one candidate patch. */
export function linkIds(ctx: GeneratorContext): IdAllocator {
  // The story's link positions, built once per story (and shared with applying its patches): fixAll asks for fresh link ids thousands of times on the same one.
  const taken = linkPositions(ctx.story.links);
  return new IdAllocator((id) => taken.has(id));
}

/** An add-link op with the format's default id `from->to` (made unique). */
export function addLink(ids: IdAllocator, from: string, to: string, strength: number, kind: LinkKind): EditOp {
  return ops.addLink(newLink({ id: ids.take(defaultLinkId(from, to)), from, to, strength, kind }));
}

/** A block of new events to insert before original event position `pos` (positions of the unpatched story). */
export interface InsertBlock {
  readonly pos: number;
  readonly events: readonly StoryEvent[];
}

/**
 * add-event ops for several blocks, each given in positions of the unpatched
 * story: earlier inserts shift later positions, so the ops carry the final index.
 */
export function insertOps(blocks: readonly InsertBlock[]): EditOp[] {
  const list: EditOp[] = [];
  const done: InsertBlock[] = [];
  for (const block of blocks) {
    const shift = done.reduce((s, b) => s + (b.pos <= block.pos ? b.events.length : 0), 0);
    block.events.forEach((event, k) => list.push(ops.addEvent(event, block.pos + shift + k)));
    done.push(block);
  }
  return list;
}

/** Groups links by direction (from, to), keeping story order; rerouting must treat parallel links together. */
export function byDirection(links: readonly StoryLink[]): StoryLink[][] {
  const groups = new Map<string, StoryLink[]>();
  for (const l of links) {
    const key = JSON.stringify([l.from, l.to]);
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  return [...groups.values()];
}

/** remove-link ops for these links. */
export function removeLinkOps(links: readonly StoryLink[]): EditOp[] {
  return links.map((l) => ops.removeLink(l.id));
}

/** Display name of a character: its declared name, else its id. */
export function characterName(ctx: GeneratorContext, id: string): string {
  return ctx.story.characters?.find((c) => c.id === id)?.name ?? id;
}

/** "Mara", "Mara and Tom", "Mara, Tom and Ines". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The strongest strength among parallel links and the kind of the first: what a rerouted path inherits. */
export function inherited(links: readonly StoryLink[]): { strength: number; kind: LinkKind } {
  return {
    strength: links.reduce((s, l) => Math.max(s, l.strength), 0),
    kind: links[0]?.kind ?? 'causes',
  };
}

const DESCENDANT_MARKS = new WeakMap<object, VisitMarks>();

/**
 * Events reachable from e along links (e included), by an iterative search. The marks are
 * reused by the next call on the same index: read them before searching again.
 */
export function descendants(ix: StoryIndex, e: number): { has(i: number): boolean } {
  const seen = marksFor(DESCENDANT_MARKS, ix, ix.n);
  const stack = [e];
  seen.mark(e);
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let k = ix.outStart[u]!; k < ix.outStart[u + 1]!; k++) {
      const v = ix.linkTo[ix.outLinks[k]!]!;
      if (!seen.has(v)) {
        seen.mark(v);
        stack.push(v);
      }
    }
  }
  return seen;
}
