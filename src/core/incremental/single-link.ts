import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story, StoryLink } from '../model/story';

/**
 * One link deleted or put back among the others (the studio's Delete, and the Undo of Delete or
 * of Add link): the incremental analysis knows from the edit which position changed, so the
 * link list is not walked to find it (LinkNumbering.renumber) nor its rows rebuilt
 * (patchLinkList). At 300,000 links those two were most of such an update.
 */

/** CSR rows with a new link at position `p` in row `row`: the links from `p` on one position higher. */
function rowsWith(start: Int32Array, items: Int32Array, row: number, p: number): { start: Int32Array; items: Int32Array } {
  const nextStart = start.slice();
  for (let i = row + 1; i < nextStart.length; i++) nextStart[i]!++;
  const nextItems = new Int32Array(items.length + 1);
  // A row lists its links in story order: the new one goes before the first at or after p.
  let at = start[row]!;
  while (at < start[row + 1]! && items[at]! < p) at++;
  for (let r = 0; r < items.length; r++) {
    const v = items[r]!;
    nextItems[r < at ? r : r + 1] = v >= p ? v + 1 : v;
  }
  nextItems[at] = p;
  return { start: nextStart, items: nextItems };
}

/**
 * The index of `story`, which is the story of `ix` with a new link at position `p`: what
 * patchLinkList gives for that renumbering, its rows patched in sequential passes. Undefined
 * when the link names an event the story does not have.
 */
export function withLinkAt(ix: StoryIndex, story: Story, p: number): StoryIndex | undefined {
  const link = story.links[p]!;
  const a = ix.eventIndex.get(link.from);
  const b = ix.eventIndex.get(link.to);
  if (a === undefined || b === undefined) return undefined;
  const m = ix.m + 1;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  linkFrom.set(ix.linkFrom.subarray(0, p));
  linkFrom[p] = a;
  linkFrom.set(ix.linkFrom.subarray(p), p + 1);
  linkTo.set(ix.linkTo.subarray(0, p));
  linkTo[p] = b;
  linkTo.set(ix.linkTo.subarray(p), p + 1);
  const out = rowsWith(ix.outStart, ix.outLinks, a, p);
  const inc = rowsWith(ix.inStart, ix.inLinks, b, p);
  return { ...ix, story, links: story.links, m, linkFrom, linkTo, outStart: out.start, outLinks: out.items, inStart: inc.start, inLinks: inc.items };
}

/**
 * The position of the one link `ops` removed, when they are exactly one remove-link and `after`
 * is `before` without that link (checked at the seam, which a removal alone leaves); else undefined.
 */
export function removedLinkAt(before: readonly StoryLink[], after: readonly StoryLink[], ops: readonly EditOp[], position: (id: string) => number | undefined): number | undefined {
  const op = ops.length === 1 ? ops[0]! : undefined;
  if (op?.kind !== 'remove-link' || after.length !== before.length - 1) return undefined;
  const j = position(op.linkId);
  if (j === undefined || before[j]!.id !== op.linkId) return undefined;
  if ((j > 0 && after[j - 1] !== before[j - 1]) || (j < after.length && after[j] !== before[j + 1])) return undefined;
  return j;
}

/**
 * The position of the one link `ops` inserted, when they are exactly one add-link and `after`
 * is `before` with that link at that position (checked at the seam); else undefined.
 */
export function insertedLinkAt(before: readonly StoryLink[], after: readonly StoryLink[], ops: readonly EditOp[]): number | undefined {
  const op = ops.length === 1 ? ops[0]! : undefined;
  if (op?.kind !== 'add-link' || after.length !== before.length + 1) return undefined;
  const p = op.index ?? before.length;
  if (after[p]?.id !== op.link.id) return undefined;
  if ((p > 0 && after[p - 1] !== before[p - 1]) || (p < before.length && after[p + 1] !== before[p])) return undefined;
  return p;
}
