import { describe, expect, it } from 'vitest';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import { storyOf, type LinkSketch } from '../testing/story-builder';
import { causalCycleScope } from './cycle-scope';
import { placeLink, type LoopOrder } from './loop-order';

/** Two chains side by side in time: e0 -> ... -> e4 and e5 -> ... -> e9, and e10 alone. */
function twoChains(extra: readonly LinkSketch[]): StoryIndex {
  const events = Array.from({ length: 11 }, (_, i) => ({ id: `e${i}`, time: i }));
  const chain = (from: number, to: number): LinkSketch[] => Array.from({ length: to - from }, (_, k) => ({ from: `e${from + k}`, to: `e${from + k + 1}` }));
  return buildStoryIndex(storyOf({ events, links: [...chain(0, 4), ...chain(5, 9), ...extra] }));
}

const stateOf = (ix: StoryIndex): LoopOrder => causalCycleScope.whole(ix, () => undefined) as LoopOrder;

/** Whether every link goes to a later place or stays inside one loop. */
function ordered(ix: StoryIndex, state: LoopOrder): boolean {
  for (let j = 0; j < ix.m; j++) {
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    const loop = state.of.get(a);
    if (state.order[a]! >= state.order[b]! && (loop === undefined || state.of.get(b) !== loop)) return false;
  }
  return true;
}

describe('the dynamic order of the link graph', () => {
  it('moves only the events between the ends of a link that goes back without closing a loop', () => {
    const state = stateOf(twoChains([]));
    const places = Array.from(state.order);
    // e8 -> e2: e2 leads on to e4 only, which leads nowhere near e8.
    const ix = twoChains([{ from: 'e8', to: 'e2' }]);
    const { merged, formed } = placeLink(ix, state, 8, 2, new Set());
    expect(formed).toBeUndefined();
    expect(merged).toEqual([]);
    expect(ordered(ix, state)).toBe(true);
    // Before e2's place or after e8's, nothing moved.
    for (const i of [0, 1, 9, 10]) expect(state.order[i]).toBe(places[i]);
    // The places are reused: no two events share one.
    expect(new Set(state.order).size).toBe(11);
  });

  it('merges the events of the loop a link closes into one place', () => {
    const state = stateOf(twoChains([]));
    placeLink(twoChains([{ from: 'e8', to: 'e2' }]), state, 8, 2, new Set());
    // e4 -> e5 closes e5 -> ... -> e8 -> e2 -> ... -> e4 -> e5.
    const ix = twoChains([
      { from: 'e8', to: 'e2' },
      { from: 'e4', to: 'e5' },
    ]);
    const { formed } = placeLink(ix, state, 4, 5, new Set());
    expect([...formed!.members].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(formed!.min).toBe(2);
    expect(new Set([2, 3, 4, 5, 6, 7, 8].map((i) => state.order[i]))).toEqual(new Set([state.order[2]]));
    expect(ordered(ix, state)).toBe(true);
  });
});
