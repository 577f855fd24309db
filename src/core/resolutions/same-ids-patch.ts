import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';

/**
 * Patches that give the same conflict ids as a proposal's patch but that the index can be
 * patched for (appends and changes in place) rather than rebuilt: simulatePatch runs the
 * rules on them. Conflict ids name a type and event ids only, so where an event sits in the
 * list and which link joins two events do not matter to them; the rules read events in
 * timeline order and links by their ends (never their strength, kind or position).
 */

/**
 * Inserted events appended instead. The rules read events in timeline order, whose ties at
 * one time break by list position: where an appended event is not the last at its time,
 * `asInserted` puts it back in its place.
 */
function appended(patch: readonly EditOp[]): { patch: EditOp[]; changed: boolean } {
  let changed = false;
  const rewrite = (op: EditOp): EditOp => {
    if (op.kind === 'batch') return { ...op, ops: op.ops.map(rewrite) };
    if (op.kind !== 'add-event' || op.index === undefined) return op;
    changed = true;
    return { kind: 'add-event', event: op.event };
  };
  return { patch: patch.map(rewrite), changed };
}

/**
 * A removed link moved instead to the ends of the next link the patch appends, which
 * leaves the same ends between the same events. Only for removals each followed by an
 * appended link whose id is not a removed one, in a patch that removes no event (whose
 * links would go with it). Undefined when some removal cannot be so paired.
 */
function moved(patch: readonly EditOp[]): { patch: EditOp[]; changed: boolean } | undefined {
  const flat: EditOp[] = [];
  const flatten = (op: EditOp): void => {
    if (op.kind === 'batch') op.ops.forEach(flatten);
    else flat.push(op);
  };
  patch.forEach(flatten);
  if (!flat.some((op) => op.kind === 'remove-link')) return { patch: [...patch], changed: false };
  const removed = new Set<string>();
  for (const op of flat) if (op.kind === 'remove-link') removed.add(op.linkId);
  const waiting: string[] = [];
  const out: EditOp[] = [];
  for (const op of flat) {
    switch (op.kind) {
      case 'remove-event':
        return undefined;
      case 'remove-link':
        waiting.push(op.linkId);
        break;
      case 'add-link': {
        if (removed.has(op.link.id)) return undefined;
        const linkId = waiting.shift();
        if (linkId === undefined || op.index !== undefined) {
          if (linkId !== undefined) return undefined;
          out.push(op);
          break;
        }
        out.push({ kind: 'set-link-field', linkId, field: 'from', value: op.link.from }, { kind: 'set-link-field', linkId, field: 'to', value: op.link.to });
        break;
      }
      case 'set-link-field':
        if (removed.has(op.linkId) && !waiting.includes(op.linkId)) return undefined;
        out.push(op);
        break;
      default:
        out.push(op);
    }
  }
  return waiting.length === 0 ? { patch: out, changed: true } : undefined;
}

/**
 * The patch with inserted events appended and removed links moved to the ends of links it
 * appends, when that changes something; undefined when there is nothing to rewrite or a
 * removal has no link to pair with.
 */
export function sameIdsPatch(patch: readonly EditOp[]): EditOp[] | undefined {
  const links = moved(patch);
  if (!links) return undefined;
  const events = appended(links.patch);
  return links.changed || events.changed ? events.patch : undefined;
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
