import type { Story } from '../model/story';
import { storyOf } from './story-builder';

/**
 * Two loops sharing `b` (a -> b -> c -> a and b -> d -> e -> b: one causal-cycle conflict),
 * an arc `f` whose only finer cause is `a`, and a free event `g`: small enough to read,
 * rich enough for loops to split, merge and leave an arc unsupported.
 */
export function twoLoops(): Story {
  return storyOf({
    events: [
      { id: 'a', time: 1 },
      { id: 'b', time: 2 },
      { id: 'c', time: 3 },
      { id: 'd', time: 4 },
      { id: 'e', time: 5 },
      { id: 'f', time: 6, scale: 'arc' },
      { id: 'g', time: 7 },
    ],
    links: [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bc', from: 'b', to: 'c' },
      { id: 'ca', from: 'c', to: 'a' },
      { id: 'bd', from: 'b', to: 'd' },
      { id: 'de', from: 'd', to: 'e' },
      { id: 'eb', from: 'e', to: 'b' },
      { id: 'af', from: 'a', to: 'f' },
    ],
  });
}

/** The ids of a conflict list, sorted: what "the same conflicts" compares. */
export const conflictIds = (list: readonly { readonly id: string }[]): string[] => list.map((c) => c.id).sort();
