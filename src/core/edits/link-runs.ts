import type { Story, StoryLink } from '../model/story';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';
import { lastPositionOf, type OpOf } from './edit-support';
import { checkIndex, checkLink } from './edit-values';

/**
 * Runs of consecutive link additions or removals in a batch, applied in one pass over
 * the link list. Applied one by one, each would look its link up and copy the list: a
 * fix that reroutes 100,000 parallel links, or the undo of deleting an event with that
 * many, would take quadratic time. Each op's inverse is exactly the one it would have
 * had alone, so a batch's inverse does not depend on how it was applied.
 */

/** What a run did, or which of its ops (position in the run) failed and why. */
export type RunOutcome = { readonly story: Story; readonly inverses: readonly EditOp[] } | { readonly failedAt: number; readonly error: EditError };

/** Counts the marked positions below an index (a Fenwick tree): how far an item has moved up. */
class MarkCounter {
  private readonly tree: Int32Array;

  constructor(n: number) {
    this.tree = new Int32Array(n + 1);
  }

  mark(i: number): void {
    for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]!++;
  }

  below(i: number): number {
    let sum = 0;
    for (let k = i; k > 0; k -= k & -k) sum += this.tree[k]!;
    return sum;
  }
}

/**
 * Runs up to this long look their ids up by scanning the lists; longer ones hash them once.
 * Most runs are one edit from the studio (a link drawn, deleted or undone): a map of the
 * 300,000 link ids of a 100k-event story cost 100-160 ms for that one lookup, a scan 1-2 ms.
 */
const SCANNED_RUN = 4;

/** The position of each id of `list`, by a map for a long run or by a scan for a short one; ids are unique in a loaded story and edits keep them so. */
function idPositions(list: readonly { readonly id: string }[], runLength: number): (id: string) => number | undefined {
  if (runLength <= SCANNED_RUN) {
    return (id) => {
      const i = lastPositionOf(list, id);
      return i < 0 ? undefined : i;
    };
  }
  const at = new Map<string, number>();
  list.forEach((x, i) => at.set(x.id, i));
  return (id) => at.get(id);
}

/** Removes the links of a run of remove-link ops; each inverse re-adds its link where it was when removed. */
export function removeLinkRun(story: Story, run: readonly OpOf<'remove-link'>[]): RunOutcome {
  const positionOf = idPositions(story.links, run.length);
  const gone = new Uint8Array(story.links.length);
  const moved = new MarkCounter(story.links.length);
  const inverses: EditOp[] = [];
  let last = -1;
  for (let k = 0; k < run.length; k++) {
    const id = run[k]!.linkId;
    const i = positionOf(id);
    if (i === undefined || gone[i]) return { failedAt: k, error: new EditError(`unknown link id ${JSON.stringify(id)}`) };
    inverses.push({ kind: 'add-link', link: story.links[i]!, index: i - moved.below(i) });
    gone[i] = 1;
    moved.mark(i);
    last = i;
  }
  // One removal (the studio's usual): a copy less one item, without a callback per link.
  let links: StoryLink[];
  if (run.length === 1) {
    links = story.links.slice();
    links.splice(last, 1);
  } else links = story.links.filter((_, i) => !gone[i]);
  return { story: { ...story, links }, inverses };
}

/**
 * Where a run of inserts lands in one pass, for the longest stretch from `start` whose
 * positions rise (each after the one before, as appends do) or never rise (each before
 * all the earlier ones, as the undo of removals in list order does): `before[k]` is how
 * many of the list's items precede insert start + k, `order` the inserts in list order.
 */
function mergePlan(indices: readonly number[], start: number): { end: number; before: number[]; order: number[] } {
  const rising = start + 1 < indices.length && indices[start + 1]! > indices[start]!;
  let end = start + 1;
  while (end < indices.length && (rising ? indices[end]! > indices[end - 1]! : indices[end]! <= indices[end - 1]!)) end++;
  const stretch = indices.slice(start, end);
  if (rising) return { end, before: stretch.map((p, k) => p - k), order: stretch.map((_, k) => k) };
  // Each insert goes before every earlier one, so the last lands first.
  return { end, before: stretch, order: stretch.map((_, k) => stretch.length - 1 - k) };
}

function insertMerged(links: readonly StoryLink[], added: readonly StoryLink[], before: readonly number[], order: readonly number[]): StoryLink[] {
  const out: StoryLink[] = [];
  let i = 0;
  for (const k of order) {
    while (i < before[k]!) out.push(links[i++]!);
    out.push(added[k]!);
  }
  while (i < links.length) out.push(links[i++]!);
  return out;
}

/**
 * Adds the links of a run of add-link ops, checked as one by one (valid link, both ends
 * exist, id not taken, index within the list as it is then), merged into the list in
 * one pass per stretch of rising or falling positions.
 */
export function addLinkRun(story: Story, run: readonly OpOf<'add-link'>[]): RunOutcome {
  const eventAt = idPositions(story.events, run.length);
  const hasEvent = (id: string): boolean => eventAt(id) !== undefined;
  const linkAt = idPositions(story.links, run.length);
  const added: StoryLink[] = [];
  const addedIds = new Set<string>();
  const indices: number[] = [];
  for (let k = 0; k < run.length; k++) {
    const op = run[k]!;
    try {
      const link = checkLink(op.link, hasEvent);
      if (addedIds.has(link.id) || linkAt(link.id) !== undefined) throw new EditError(`a link with id ${JSON.stringify(link.id)} already exists`);
      indices.push(checkIndex(op.index, story.links.length + k, 'link'));
      addedIds.add(link.id);
      added.push(link);
    } catch (error) {
      if (error instanceof EditError) return { failedAt: k, error };
      throw error;
    }
  }
  if (run.length === 1) {
    // One link (the studio's usual): a copy with one item spliced in, without a push per link.
    const links = story.links.slice();
    links.splice(indices[0]!, 0, added[0]!);
    return { story: { ...story, links }, inverses: [{ kind: 'remove-link', linkId: added[0]!.id }] };
  }
  let links = story.links;
  for (let start = 0; start < run.length; ) {
    const plan = mergePlan(indices, start);
    links = insertMerged(links, added.slice(start, plan.end), plan.before, plan.order);
    start = plan.end;
  }
  return { story: { ...story, links }, inverses: added.map((l) => ({ kind: 'remove-link', linkId: l.id })) };
}
