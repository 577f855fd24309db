import type { StoryLink } from './story';

/** Link ids to positions; ids are unique in a loaded story and edits keep them so. */
const POSITIONS = new WeakMap<readonly StoryLink[], ReadonlyMap<string, number>>();

/**
 * The positions of a link list by id, built once and kept while the list lives: fixAll looks
 * links up in each pass's story twice, for the footprints of its patches and when it applies
 * them (a batch's link draft), and at 5,000 dense events a map of the 15,000 links cost 9 ms.
 */
export function linkPositions(links: readonly StoryLink[]): ReadonlyMap<string, number> {
  let at = POSITIONS.get(links);
  if (!at) {
    const built = new Map<string, number>();
    links.forEach((l, i) => built.set(l.id, i));
    at = built;
    POSITIONS.set(links, at);
  }
  return at;
}
