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
export function indexWithoutEvents(ix: StoryIndex, story: Story, removed: readonly number[]): { ix: StoryIndex; moved: Int32Array } | undefined {
  const n = story.events.length;
  const m = story.links.length;
  // New position of each old one, -1 for the removed.
  const moved = new Int32Array(ix.n);
  let r = 0;
  for (let i = 0; i < ix.n; i++) {
    if (r < removed.length && removed[r] === i) {
      moved[i] = -1;
      r++;
    } else moved[i] = i - r;
  }
  const time = new Float64Array(n);
  const scaleIdx = new Int32Array(n);
  for (let i = 0; i < ix.n; i++) {
    const p = moved[i]!;
    if (p < 0) continue;
    time[p] = ix.time[i]!;
    scaleIdx[p] = ix.scaleIdx[i]!;
  }
  const timeline = new Int32Array(n);
  const rank = new Int32Array(n);
  let at = 0;
  for (let k = 0; k < ix.n; k++) {
    const p = moved[ix.timeline[k]!]!;
    if (p < 0) continue;
    timeline[at] = p;
    rank[p] = at++;
  }
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  if (m !== ix.m) return undefined;
  for (let k = 0; k < m; k++) {
    const a = moved[ix.linkFrom[k]!]!;
    const b = moved[ix.linkTo[k]!]!;
    if (a < 0 || b < 0) return undefined;
    linkFrom[k] = a;
    linkTo[k] = b;
  }
  const eventIndex = ShiftedMap.over(ix.eventIndex, moved);
  // The removed events have no links: the adjacency keeps its rows, only their starts close up.
  const closeUpStarts = (start: Int32Array): Int32Array => {
    const next = new Int32Array(n + 1);
    for (let i = 0; i < ix.n; i++) {
      const p = moved[i]!;
      if (p >= 0) next[p] = start[i]!;
    }
    next[n] = start[ix.n]!;
    return next;
  };
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
    outStart: closeUpStarts(ix.outStart),
    inStart: closeUpStarts(ix.inStart),
  };
  return { ix: next, moved };
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
