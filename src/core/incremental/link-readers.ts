import type { StoryIndex } from '../analysis/story-index';
import type { Identity } from './identity-store';
import type { LinkDelta } from './parts-reached';

/**
 * The conflicts whose message reads a link that moved or went, though their matches stayed
 * the same (a loop walks its links: a link moved from one of its events to another keeps the
 * loop and its links, not its path). Only conflicts listing such a link can read it, and they
 * name its ends, so the conflicts at the ends of those links are searched. `slotOf`: the
 * links' stable numbers now, which stored matches hold. Conflicts `touched` already are
 * rebuilt whole anyway; the others found are returned: their matches, ids and lists stay,
 * only their messages are written again.
 */
export function linkReaders(old: StoryIndex, ix: StoryIndex, links: LinkDelta, slotOf: Int32Array, byEvent: ReadonlyArray<readonly Identity[] | undefined>, eventSlot: Int32Array, touched: ReadonlySet<Identity>): Set<Identity> {
  const reworded = new Set<Identity>();
  if (links.left.length === 0) return reworded;
  const moved = new Set<number>();
  const ends: number[] = [];
  for (const j of links.left) {
    moved.add(links.oldSlots[j]!);
    ends.push(old.linkFrom[j]!, old.linkTo[j]!);
  }
  for (const j of links.entered) {
    moved.add(slotOf[j]!);
    ends.push(ix.linkFrom[j]!, ix.linkTo[j]!);
  }
  const checked = new Set<Identity>();
  for (const i of ends) {
    for (const identity of byEvent[eventSlot[i]!] ?? []) {
      if (checked.has(identity) || touched.has(identity)) continue;
      checked.add(identity);
      if (identity.matches.some(({ match }) => lists(match.links, moved))) reworded.add(identity);
    }
  }
  return reworded;
}

/** Whether a match's links include any of `slots` (a few): a loop may list most of a story's links. */
function lists(links: readonly number[] | undefined, slots: ReadonlySet<number>): boolean {
  if (links === undefined || links.length === 0) return false;
  for (const s of slots) if (links.includes(s)) return true;
  return false;
}
