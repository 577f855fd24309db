import { csr, type StoryIndex } from '../analysis/story-index';
import type { Story, StoryEvent } from '../model/story';

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
 * The index of `story`, which is the story of `ix` without the events at `removed` (ascending)
 * and with the links `oldOf` maps to their old positions: typed arrays are closed up, the
 * timeline keeps its order. Undefined when a link names an event the story does not have.
 */
export function indexWithoutEvents(ix: StoryIndex, story: Story, removed: readonly number[], oldOf: Int32Array): StoryIndex | undefined {
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
  for (let k = 0; k < m; k++) {
    const o = oldOf[k]!;
    if (o < 0) return undefined;
    const a = moved[ix.linkFrom[o]!]!;
    const b = moved[ix.linkTo[o]!]!;
    if (a < 0 || b < 0) return undefined;
    linkFrom[k] = a;
    linkTo[k] = b;
  }
  const eventIndex = new Map<string, number>();
  story.events.forEach((e, i) => eventIndex.set(e.id, i));
  const out = csr(n, m, linkFrom);
  const inc = csr(n, m, linkTo);
  return {
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
    outStart: out.start,
    outLinks: out.items,
    inStart: inc.start,
    inLinks: inc.items,
  };
}
