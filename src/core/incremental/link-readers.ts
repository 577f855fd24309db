import type { StoryIndex } from '../analysis/story-index';
import type { Identity } from './identity-store';
import type { LinkDelta } from './parts-reached';

/**
 * The conflicts whose message reads a link that moved or went, though their matches stayed
 * the same (a loop walks its links: a link moved from one of its events to another keeps the
 * loop and its links, not its path). Only conflicts listing such a link can read it, and they
 * name its ends, so the conflicts at the ends of those links are searched. `slotOf`: the
 * links' stable numbers now, which stored matches hold.
 */
export function linkReaders(old: StoryIndex, ix: StoryIndex, links: LinkDelta, slotOf: Int32Array, byEvent: ReadonlyArray<readonly Identity[] | undefined>, eventSlot: Int32Array, touched: Set<Identity>): void {
  if (links.left.length === 0) return;
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
      if (checked.has(identity)) continue;
      checked.add(identity);
      if (identity.matches.some(({ match }) => match.links?.some((s) => moved.has(s)) === true)) touched.add(identity);
    }
  }
}
