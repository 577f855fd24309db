import type { StoryIndex } from '../analysis/story-index';
import type { Story, StoryEvent } from '../model/story';
import { ShiftedMap } from './shifted-map';

/**
 * The positions (ascending) in `after` of the events `before` did not have, when `after` is
 * `before` with some events inserted and every other event the same object; undefined otherwise.
 */
export function insertedEvents(before: readonly StoryEvent[], after: readonly StoryEvent[]): number[] | undefined {
  const inserted: number[] = [];
  let i = 0;
  for (let k = 0; k < after.length; k++) {
    if (i < before.length && before[i] === after[k]) i++;
    else inserted.push(k);
  }
  return i === before.length ? inserted : undefined;
}

/**
 * The index of `story`, which is the story of `ix` with events inserted at `inserted` (new
 * positions, ascending) and the same links: the others move up, the new events, without
 * links, take their place in the timeline by (time, position). With it, each old position's
 * new one. Undefined when a new event's time is not a number or its id was already taken.
 */
export function indexWithEvents(ix: StoryIndex, story: Story, inserted: readonly number[]): { ix: StoryIndex; moved: Int32Array } | undefined {
  const n = story.events.length;
  const m = ix.m;
  if (n !== ix.n + inserted.length || story.links.length !== m) return undefined;
  for (const q of inserted) {
    const e = story.events[q]!;
    if (Number.isNaN(e.time) || ix.eventIndex.has(e.id)) return undefined;
  }
  // New position of each old one, and the per-event tables with the new events' entries.
  const moved = new Int32Array(ix.n);
  const time = new Float64Array(n);
  const scaleIdx = new Int32Array(n);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let from = 0;
  for (let j = 0; j <= inserted.length; j++) {
    // Old positions from..upto go `j` places up; a new event has no links: its rows are empty.
    const at = j < inserted.length ? inserted[j]! : n;
    const upto = at - j;
    for (let i = from; i < upto; i++) moved[i] = i + j;
    time.set(ix.time.subarray(from, upto), from + j);
    scaleIdx.set(ix.scaleIdx.subarray(from, upto), from + j);
    outStart.set(ix.outStart.subarray(from, upto + 1), from + j);
    inStart.set(ix.inStart.subarray(from, upto + 1), from + j);
    if (at < n) {
      const e = story.events[at]!;
      time[at] = e.time;
      scaleIdx[at] = ix.scaleIndexById.get(e.scale) ?? 0;
    }
    from = upto;
  }
  // With one event inserted (the usual case) a position's move is a comparison: no table to look up.
  const one = inserted.length === 1 ? inserted[0]! : -1;
  // Each new event's place in the timeline, by (time, position), found by binary search in the old one.
  const fresh = [...inserted].sort((a, b) => time[a]! - time[b]! || a - b);
  const before = fresh.map((q) => {
    const t = time[q]!;
    let lo = 0;
    let hi = ix.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = ix.timeline[mid]!;
      const u = ix.time[e]!;
      if (u < t || (u === t && moved[e]! < q)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
  const timeline = new Int32Array(n);
  const rank = new Int32Array(n);
  let r0 = 0;
  for (let j = 0; j <= fresh.length; j++) {
    // Old ranks r0..upto go `j` places up.
    const upto = j < fresh.length ? before[j]! : ix.n;
    if (one >= 0) {
      for (let r = r0; r < upto; r++) {
        const e = ix.timeline[r]!;
        timeline[r + j] = e + ((one - e - 1) >>> 31);
      }
    } else for (let r = r0; r < upto; r++) timeline[r + j] = moved[ix.timeline[r]!]!;
    if (j < fresh.length) timeline[upto + j] = fresh[j]!;
    r0 = upto;
  }
  for (let r = 0; r < n; r++) rank[timeline[r]!] = r;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  if (one >= 0) {
    for (let k = 0; k < m; k++) {
      const a = ix.linkFrom[k]!;
      const b = ix.linkTo[k]!;
      // Without a branch (whether an end is past the new event is a coin toss): x >= one exactly when one - x - 1 < 0.
      linkFrom[k] = a + ((one - a - 1) >>> 31);
      linkTo[k] = b + ((one - b - 1) >>> 31);
    }
  } else {
    for (let k = 0; k < m; k++) {
      linkFrom[k] = moved[ix.linkFrom[k]!]!;
      linkTo[k] = moved[ix.linkTo[k]!]!;
    }
  }
  const eventIndex = ShiftedMap.over(
    ix.eventIndex,
    moved,
    inserted.map((q) => [story.events[q]!.id, q] as const),
  );
  const next: StoryIndex = {
    ...ix,
    story,
    events: story.events,
    links: story.links,
    n,
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
