import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story, StoryEvent, StoryLink } from '../model/story';

/**
 * Patches that give the same conflict ids as a proposal's patch but that the index can be
 * patched for (appends and changes in place) rather than rebuilt: simulatePatch runs the
 * rules on them. Conflict ids name a type and event ids only, so where an event sits in the
 * list and which link joins two events do not matter to them; the rules read events in
 * timeline order and links by their ends (never their strength, kind or position).
 */

/** A patch rewritten so, and what the story it makes differs in from the proposal's. */
export interface SameIdsPatch {
  readonly patch: readonly EditOp[];
  /** Ids of the events the patch adds, inserted or appended, in the order it adds them. */
  readonly addedEvents: readonly string[];
  /** Per removed link, the id of the added link whose ends it takes. */
  readonly movedTo: ReadonlyMap<string, string>;
}

/**
 * Inserted events appended instead; removed links moved instead to the ends of the next
 * link the patch appends, which leaves the same ends between the same events. The rules
 * read events in timeline order, whose ties at one time break by list position: where an
 * appended event is not the last at its time, `asInserted` puts it back in its place.
 * Undefined when there is nothing to rewrite, or when a removed link cannot be so paired
 * (no appended link after it, a link inserted at a position, a removed link changed, an
 * added link with a removed one's id) or the patch removes an event (its index is rebuilt anyway).
 */
export function sameIdsPatch(patch: readonly EditOp[]): SameIdsPatch | undefined {
  const flat: EditOp[] = [];
  const flatten = (op: EditOp): void => {
    if (op.kind === 'batch') op.ops.forEach(flatten);
    else flat.push(op);
  };
  patch.forEach(flatten);
  const removed = new Set<string>();
  for (const op of flat) if (op.kind === 'remove-link') removed.add(op.linkId);
  const addedEvents: string[] = [];
  const movedTo = new Map<string, string>();
  const waiting: string[] = [];
  let inserts = 0;
  const out: EditOp[] = [];
  for (const op of flat) {
    switch (op.kind) {
      case 'remove-event':
        return undefined;
      case 'add-event':
        addedEvents.push(op.event.id);
        if (op.index !== undefined) inserts++;
        out.push(op.index === undefined ? op : { kind: 'add-event', event: op.event });
        break;
      case 'remove-link':
        waiting.push(op.linkId);
        break;
      case 'add-link': {
        if (removed.size === 0) {
          out.push(op);
          break;
        }
        if (removed.has(op.link.id) || op.index !== undefined) return undefined;
        const linkId = waiting.shift();
        if (linkId === undefined) {
          out.push(op);
          break;
        }
        movedTo.set(linkId, op.link.id);
        out.push({ kind: 'set-link-field', linkId, field: 'from', value: op.link.from }, { kind: 'set-link-field', linkId, field: 'to', value: op.link.to });
        break;
      }
      case 'set-link-field':
        if (removed.has(op.linkId)) return undefined;
        out.push(op);
        break;
      default:
        out.push(op);
    }
  }
  if (waiting.length > 0 || (inserts === 0 && removed.size === 0)) return undefined;
  return { patch: out, addedEvents, movedTo };
}

/**
 * The story the rewritten patch makes, read off `after`, the one the proposal's patch makes
 * from `story` (cheaper than applying the rewritten patch: no edit's checks and lookups again).
 * Its events are after's without the added ones, then those in the order they were added;
 * its links are story's in their places (after's versions; a removed one with the ends of the
 * added link it was moved to), then the added links not taken by a removed one.
 */
export function sameIdsStory(story: Story, after: Story, rewrite: SameIdsPatch): Story {
  let events = after.events;
  if (rewrite.addedEvents.length > 0) {
    const added = new Set(rewrite.addedEvents);
    const byId = new Map<string, StoryEvent>();
    const kept: StoryEvent[] = [];
    for (const e of after.events) {
      if (added.has(e.id)) byId.set(e.id, e);
      else kept.push(e);
    }
    for (const id of rewrite.addedEvents) kept.push(byId.get(id)!);
    events = kept;
  }
  let links = after.links;
  if (rewrite.movedTo.size > 0) {
    const removedAt: Array<[number, string]> = [];
    const out: StoryLink[] = [];
    let q = 0;
    story.links.forEach((l, p) => {
      if (rewrite.movedTo.has(l.id)) {
        removedAt.push([p, l.id]);
        out.push(l);
      } else out.push(after.links[q++]!);
    });
    const takenBy = new Map<string, StoryLink>();
    const taken = new Set(rewrite.movedTo.values());
    for (let k = q; k < after.links.length; k++) {
      const l = after.links[k]!;
      if (taken.has(l.id)) takenBy.set(l.id, l);
      else out.push(l);
    }
    for (const [p, id] of removedAt) {
      const to = takenBy.get(rewrite.movedTo.get(id)!)!;
      out[p] = { ...out[p]!, from: to.from, to: to.to };
    }
    links = out;
  }
  return { ...after, events, links };
}

/**
 * The index of the story a rewritten patch made, its timeline that of the story the
 * proposal's patch makes (`after`): each run of events at the time of an appended one in
 * the order of `after`'s list. The index itself when no appended event ties.
 */
export function asInserted(ix: StoryIndex, firstAppended: number, after: Story): StoryIndex {
  const { time, timeline } = ix;
  const runs: Array<[number, number]> = [];
  const tied = new Set<number>();
  for (let i = firstAppended; i < ix.n; i++) {
    const t = time[i]!;
    if (tied.has(t)) continue;
    // The run of the timeline at time t: binary search for its start, then walk.
    let lo = 0;
    let hi = ix.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (time[timeline[mid]!]! < t) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < ix.n && time[timeline[end]!]! === t) end++;
    if (end - lo > 1) {
      tied.add(t);
      runs.push([lo, end]);
    }
  }
  if (runs.length === 0) return ix;
  const position = new Map<string, number>();
  after.events.forEach((e, p) => {
    if (tied.has(e.time)) position.set(e.id, p);
  });
  const line = timeline.slice();
  const rank = ix.rank.slice();
  for (const [lo, end] of runs) {
    const run = Array.from(line.subarray(lo, end)).sort((a, b) => position.get(ix.events[a]!.id)! - position.get(ix.events[b]!.id)!);
    run.forEach((i, k) => {
      line[lo + k] = i;
      rank[i] = lo + k;
    });
  }
  return { ...ix, timeline: line, rank };
}
