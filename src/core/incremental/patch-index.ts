import { csr, type StoryIndex } from '../analysis/story-index';
import type { Story } from '../model/story';
import { MOST_LINKS_MOVED, moveInRows } from './moved-rows';
import { OverlayMap } from './overlay-map';
import type { StoryDiff } from './story-diff';

/**
 * The index of `story`, which differs from `old.story` as `diff` says, built from `old`
 * rather than from scratch: only what moved is redone (a time edit moves one event in the
 * timeline; a field edit shares every array). A new object, never a mutation of `old`,
 * so that per-index tables are rebuilt for it and holders of `old` keep a valid index.
 * Undefined when a link names an event the story does not have (buildStoryIndex skips those).
 */
export function patchIndex(old: StoryIndex, story: Story, diff: StoryDiff): StoryIndex | undefined {
  const n = story.events.length;
  const m = story.links.length;
  let { eventIndex, scaleIdx, time, timeline, rank, linkFrom, linkTo, outStart, outLinks, inStart, inLinks } = old;

  if (diff.addedEvents > 0) {
    const added: Array<[string, number]> = [];
    for (let i = old.n; i < n; i++) added.push([story.events[i]!.id, i]);
    eventIndex = OverlayMap.over(eventIndex, added);
  }

  const retimed: number[] = [];
  const rescaled: number[] = [];
  for (const { index, aspects } of diff.changedEvents) {
    if (aspects.has('time')) retimed.push(index);
    if (aspects.has('scale')) rescaled.push(index);
  }
  for (let i = old.n; i < n; i++) {
    retimed.push(i);
    rescaled.push(i);
  }
  if (rescaled.length > 0) {
    const next = new Int32Array(n);
    next.set(scaleIdx.subarray(0, Math.min(old.n, n)));
    for (const i of rescaled) next[i] = old.scaleIndexById.get(story.events[i]!.scale) ?? 0;
    scaleIdx = next;
  }
  if (retimed.length === 1 && n === old.n) {
    // One event moved: shift the stretch of the timeline between its old and new place.
    const i = retimed[0]!;
    const t = story.events[i]!.time;
    const nextTime = time.slice();
    nextTime[i] = t;
    time = nextTime;
    const from = rank[i]!;
    const before = (e: number): boolean => nextTime[e]! < t || (nextTime[e]! === t && e < i);
    // Binary search over the timeline without i for the first event that does not come before it.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = timeline[mid < from ? mid : mid + 1]!;
      if (before(e)) lo = mid + 1;
      else hi = mid;
    }
    const to = lo;
    if (to !== from) {
      const line = timeline.slice();
      const ranks = rank.slice();
      if (to > from) line.copyWithin(from, from + 1, to + 1);
      else line.copyWithin(to + 1, to, from);
      line[to] = i;
      for (let r = Math.min(from, to); r <= Math.max(from, to); r++) ranks[line[r]!] = r;
      timeline = line;
      rank = ranks;
    }
  } else if (retimed.length > 0) {
    const nextTime = new Float64Array(n);
    nextTime.set(time);
    for (const i of retimed) nextTime[i] = story.events[i]!.time;
    time = nextTime;
    // The timeline without the moved events, merged with the moved events in (time, index) order.
    const moving = new Uint8Array(n);
    for (const i of retimed) moving[i] = 1;
    const moved = [...retimed].sort((a, b) => nextTime[a]! - nextTime[b]! || a - b);
    const merged = new Int32Array(n);
    let w = 0;
    let k = 0;
    for (let r = 0; r < old.n; r++) {
      const e = timeline[r]!;
      if (moving[e] === 1) continue;
      while (k < moved.length && (nextTime[moved[k]!]! < nextTime[e]! || (nextTime[moved[k]!]! === nextTime[e]! && moved[k]! < e))) merged[w++] = moved[k++]!;
      merged[w++] = e;
    }
    while (k < moved.length) merged[w++] = moved[k++]!;
    timeline = merged;
    rank = new Int32Array(n);
    for (let r = 0; r < n; r++) rank[timeline[r]!] = r;
  }

  if (diff.addedLinks > 0 || diff.movedLinks.length > 0) {
    if (old.m !== old.story.links.length) return undefined;
    const touched = [...diff.movedLinks];
    for (let j = old.m; j < m; j++) touched.push(j);
    // Copied only when an end changes: a link moved to another effect keeps every source (1.2 MB at 100k dense).
    let from = linkFrom;
    let to = linkTo;
    const grown = (ends: Int32Array): Int32Array => {
      const next = new Int32Array(m);
      next.set(ends.subarray(0, Math.min(ends.length, m)));
      return next;
    };
    if (m !== old.m) {
      from = grown(linkFrom);
      to = grown(linkTo);
    }
    for (const j of touched) {
      const link = story.links[j]!;
      const a = eventIndex.get(link.from);
      const b = eventIndex.get(link.to);
      if (a === undefined || b === undefined) return undefined;
      if (j >= old.m || from[j] !== a) {
        if (from === linkFrom) from = grown(linkFrom);
        from[j] = a;
      }
      if (j >= old.m || to[j] !== b) {
        if (to === linkTo) to = grown(linkTo);
        to[j] = b;
      }
    }
    // A few links moved, none added: they change rows, the other rows stay.
    const few = m === old.m && n === old.n && touched.length <= MOST_LINKS_MOVED;
    const out = (few ? moveInRows({ start: outStart, items: outLinks }, touched, linkFrom, from) : undefined) ?? csr(n, m, from);
    const inc = (few ? moveInRows({ start: inStart, items: inLinks }, touched, linkTo, to) : undefined) ?? csr(n, m, to);
    linkFrom = from;
    linkTo = to;
    outStart = out.start;
    outLinks = out.items;
    inStart = inc.start;
    inLinks = inc.items;
  } else if (diff.addedEvents > 0) {
    // New events without links: the adjacency only grows its start arrays.
    const grow = (start: Int32Array): Int32Array => {
      const next = new Int32Array(n + 1);
      next.set(start);
      next.fill(start[old.n]!, old.n + 1);
      return next;
    };
    outStart = grow(outStart);
    inStart = grow(inStart);
  }

  const links = old.m === old.story.links.length ? story.links : story.links.filter((l) => eventIndex.has(l.from) && eventIndex.has(l.to));
  if (links.length !== m) return undefined;
  return {
    story,
    settings: old.settings,
    events: story.events,
    links,
    n,
    m,
    eventIndex,
    scaleIndexById: old.scaleIndexById,
    scaleIdx,
    time,
    timeline,
    rank,
    linkFrom,
    linkTo,
    outStart,
    outLinks,
    inStart,
    inLinks,
  };
}
