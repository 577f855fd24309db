import type { StoryIndex } from '../analysis/story-index';
import type { Story, StoryEvent } from '../model/story';
import type { ConflictChange } from './incremental-analysis';
import { ShiftedMap } from './shifted-map';

/**
 * The positions (ascending) of the events of `before` that `after` no longer has, when `after`
 * is `before` with some events removed and every other event the same object; undefined otherwise.
 */
export function removedEvents(before: readonly StoryEvent[], after: readonly StoryEvent[]): number[] | undefined {
  const removed: number[] = [];
  let k = 0;
  for (let i = 0; i < before.length; i++) {
    if (k < after.length && before[i] === after[k]) k++;
    else removed.push(i);
  }
  return k === after.length ? removed : undefined;
}

/**
 * The index of `story`, which is the story of `ix` without the events at `removed` (ascending),
 * which have no links: typed arrays are closed up, the timeline keeps its order. With it, each
 * old position's new one (-1 for the removed). Undefined when a link names a removed event.
 */
export function indexWithoutEvents(ix: StoryIndex, story: Story, removed: readonly number[], ends?: LinkEnds): { ix: StoryIndex; moved: Int32Array } | undefined {
  const n = story.events.length;
  const m = story.links.length;
  if (m !== ix.m || n !== ix.n - removed.length) return undefined;
  for (const d of removed) if (ix.outStart[d] !== ix.outStart[d + 1] || ix.inStart[d] !== ix.inStart[d + 1]) return undefined;
  // New position of each old one, -1 for the removed; the per-event tables closed up in runs.
  const moved = new Int32Array(ix.n);
  const time = new Float64Array(n);
  const scaleIdx = new Int32Array(n);
  // The removed events have no links: the adjacency keeps its rows, only their starts close up.
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let from = 0;
  for (let s = 0; s <= removed.length; s++) {
    const upto = s < removed.length ? removed[s]! : ix.n;
    for (let i = from; i < upto; i++) moved[i] = i - s;
    if (upto < ix.n) moved[upto] = -1;
    time.set(ix.time.subarray(from, upto), from - s);
    scaleIdx.set(ix.scaleIdx.subarray(from, upto), from - s);
    outStart.set(ix.outStart.subarray(from, upto), from - s);
    inStart.set(ix.inStart.subarray(from, upto), from - s);
    from = upto + 1;
  }
  outStart[n] = ix.outStart[ix.n]!;
  inStart[n] = ix.inStart[ix.n]!;
  const timeline = new Int32Array(n);
  const rank = new Int32Array(n);
  if (removed.length === 1) {
    // One event removed (the usual case): moves are comparisons, and the ranks are read in order, not scattered.
    const d = removed[0]!;
    const gone = ix.rank[d]!;
    for (let k = 0; k < ix.n; k++) {
      if (k === gone) continue;
      const e = ix.timeline[k]!;
      timeline[k > gone ? k - 1 : k] = e - ((d - e) >>> 31);
    }
    for (let p = 0; p < n; p++) {
      const q = ix.rank[p < d ? p : p + 1]!;
      rank[p] = q - ((gone - q) >>> 31);
    }
  } else {
    let at = 0;
    for (let k = 0; k < ix.n; k++) {
      const p = moved[ix.timeline[k]!]!;
      if (p < 0) continue;
      timeline[at] = p;
      rank[p] = at++;
    }
  }
  const { linkFrom, linkTo } = ends ?? movedEnds(ix, moved);
  if (linkFrom.length !== m) return undefined;
  const eventIndex = ShiftedMap.over(ix.eventIndex, moved);
  const next: StoryIndex = {
    ...ix,
    story,
    events: story.events,
    links: story.links,
    n,
    m,
    eventIndex,
    scaleIdx,
    time,
    timeline,
    rank,
    linkFrom,
    linkTo,
    outStart,
    inStart,
  };
  return { ix: next, moved };
}

/** Links per block (as a power of two) when link positions are moved down past a few removed ones. */
const BLOCK_BITS = 10;

/** Source and target event of each link. */
export interface LinkEnds {
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
}

/** The link ends of `ix` at the events' new positions (`moved`; no link may name a removed event). */
function movedEnds(ix: StoryIndex, moved: Int32Array): LinkEnds {
  const linkFrom = new Int32Array(ix.m);
  const linkTo = new Int32Array(ix.m);
  for (let k = 0; k < ix.m; k++) {
    linkFrom[k] = moved[ix.linkFrom[k]!]!;
    linkTo[k] = moved[ix.linkTo[k]!]!;
  }
  return { linkFrom, linkTo };
}

/**
 * The index of `story`, which is the story of `ix` without the links at `removed` (old
 * positions, ascending), all of them links of the events at `gone` (ascending, possibly none),
 * which stay for now: link ends are copied in runs and the adjacency rows filtered (no csr rebuilt). With it,
 * taken in the same pass, the link ends as they will be once those events go too.
 */
export function indexWithoutLinks(ix: StoryIndex, story: Story, removed: readonly number[], gone: readonly number[]): { ix: StoryIndex; ends: LinkEnds } {
  const m = ix.m - removed.length;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  // With no events going (links removed alone), the ends stay as they are: no second pair of tables.
  const endFrom = gone.length === 0 ? linkFrom : new Int32Array(m);
  const endTo = gone.length === 0 ? linkTo : new Int32Array(m);
  // Each old link's new position (-1: removed), as a table only when many links went.
  const few = removed.length <= 16;
  const newOf = new Int32Array(few ? 0 : ix.m);
  // With one event removed (the usual case) an end's move is a comparison: no table to look up.
  const one = gone.length === 1 ? gone[0]! : -1;
  const down = one >= 0 || gone.length === 0 ? undefined : eventsDown(ix.n, gone);
  let from = 0;
  for (let s = 0; s <= removed.length; s++) {
    const upto = s < removed.length ? removed[s]! : ix.m;
    // Old links from..upto go `s` places down.
    linkFrom.set(ix.linkFrom.subarray(from, upto), from - s);
    linkTo.set(ix.linkTo.subarray(from, upto), from - s);
    if (!few) for (let o = from; o < upto; o++) newOf[o] = o - s;
    if (!few && upto < ix.m) newOf[upto] = -1;
    from = upto + 1;
  }
  if (one >= 0) {
    for (let k = 0; k < m; k++) {
      const a = linkFrom[k]!;
      const b = linkTo[k]!;
      // Without a branch (whether an end is past the removed event is a coin toss): x > one exactly when one - x < 0.
      endFrom[k] = a - ((one - a) >>> 31);
      endTo[k] = b - ((one - b) >>> 31);
    }
  } else if (down !== undefined) {
    for (let k = 0; k < m; k++) {
      endFrom[k] = linkFrom[k]! - down[linkFrom[k]!]!;
      endTo[k] = linkTo[k]! - down[linkTo[k]!]!;
    }
  }
  // Rows keep their order: the items are filtered in one flat pass, each start moves down past the items dropped before it.
  // Per block of links: how many removed links come before it, and whether one is in it.
  const blocks = (ix.m >> BLOCK_BITS) + 1;
  const below = new Int32Array(few ? blocks : 0);
  const mixed = new Uint8Array(few ? blocks : 0);
  if (few) {
    for (const r of removed) mixed[r >> BLOCK_BITS] = 1;
    let count = 0;
    let t = 0;
    for (let b = 0; b < blocks; b++) {
      below[b] = count;
      while (t < removed.length && removed[t]! >> BLOCK_BITS === b) {
        count++;
        t++;
      }
    }
  }
  const rows = (start: Int32Array, items: Int32Array): { start: Int32Array; items: Int32Array } => {
    const dropped: number[] = [];
    const nextItems = new Int32Array(m);
    let w = 0;
    if (few) {
      // A link's new position is its old one less the removed links before it: counted per block
      // of links (a small table), each removed link one by one only within its block. A table
      // look-up per link would cost a cache miss (rows go by event, not by link).
      // Locals, not the enclosing function's: read through the closure on every link, they cost
      // a third of this loop at 300,000 links (remove-event at 100k: 5.7 against 3.4 ms, fastest of 40).
      const total = ix.m;
      const isMixed = mixed;
      const shift = below;
      for (let q = 0; q < total; q++) {
        const j = items[q]!;
        const b = j >> BLOCK_BITS;
        if (isMixed[b] === 0) {
          nextItems[w++] = j - shift[b]!;
          continue;
        }
        let before = 0;
        let hit = false;
        for (const r of removed) {
          if (r < j) before++;
          else if (r === j) hit = true;
        }
        if (hit) dropped.push(q);
        else nextItems[w++] = j - before;
      }
    } else {
      for (let q = 0; q < ix.m; q++) {
        const k = newOf[items[q]!]!;
        if (k >= 0) nextItems[w++] = k;
        else dropped.push(q);
      }
    }
    const nextStart = new Int32Array(ix.n + 1);
    let r = 0;
    for (let i = 0; i <= ix.n; i++) {
      const at = start[i]!;
      while (r < dropped.length && dropped[r]! < at) r++;
      nextStart[i] = at - r;
    }
    return { start: nextStart, items: nextItems };
  };
  const out = rows(ix.outStart, ix.outLinks);
  const inc = rows(ix.inStart, ix.inLinks);
  const next: StoryIndex = { ...ix, story, links: story.links, m, linkFrom, linkTo, outStart: out.start, outLinks: out.items, inStart: inc.start, inLinks: inc.items };
  return { ix: next, ends: { linkFrom: endFrom, linkTo: endTo } };
}

/** For each position, how many of the positions `gone` (ascending) come before it. */
function eventsDown(n: number, gone: readonly number[]): Int32Array {
  const down = new Int32Array(n);
  gone.forEach((d, s) => down.fill(s + 1, d + 1, s + 1 < gone.length ? gone[s + 1]! + 1 : n));
  return down;
}

/** Two updates one after the other as one: what the second changed is said relative to the story before the first. */
export function chainChanges(a: ConflictChange, b: ConflictChange): ConflictChange {
  const added = new Map(a.added.map((c) => [c.id, c] as const));
  const changed = new Map(a.changed.map((c) => [c.id, c] as const));
  const removed = new Set(a.removed);
  for (const id of b.removed) {
    if (!added.delete(id)) removed.add(id);
    changed.delete(id);
  }
  for (const c of b.added) {
    if (removed.delete(c.id)) changed.set(c.id, c);
    else added.set(c.id, c);
  }
  for (const c of b.changed) {
    if (added.has(c.id)) added.set(c.id, c);
    else changed.set(c.id, c);
  }
  return { removed: [...removed], added: [...added.values()], changed: [...changed.values()], toggled: [...a.toggled, ...b.toggled], full: a.full || b.full };
}
