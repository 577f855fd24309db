import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import type { Conflict } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { parseStory } from '../story/load-story';
import { storyOf } from '../testing/story-builder';
import { PlayPathError } from './play-path';
import { playThrough } from './play-through';

const FIXTURES = fileURLToPath(new URL('../../../test-data/fixtures/', import.meta.url));

interface ExpectedPlay {
  readonly path: string[];
  readonly scaleImpact: Record<string, number>;
  readonly pathConflicts: { type: string; events: string[] }[];
}

function identity(c: { type: string; events: readonly string[] }): string {
  return `${c.type}:${[...c.events].sort().join(',')}`;
}

/** a (scene) -> b (arc) 0.5, b -> c (scene) 1, a -> c 0.2, c -> d (saga) 0.06; default decays 0.7 / 0.85 / 0.95 / 0.99. */
const handStory = storyOf({
  events: [
    { id: 'a', time: 0, intensity: 0.2 },
    { id: 'b', scale: 'arc', time: 1, intensity: 0.6 },
    { id: 'c', time: 2, intensity: 0.9 },
    { id: 'd', scale: 'saga', time: 3, intensity: 0.1 },
  ],
  links: [
    { from: 'a', to: 'b', strength: 0.5 },
    { from: 'b', to: 'c', strength: 1 },
    { from: 'a', to: 'c', strength: 0.2 },
    { from: 'c', to: 'd', strength: 0.06 },
  ],
});

function conflictNaming(id: string, events: string[]): Conflict {
  return { id, type: 'causal-gap', category: 'temporal', severity: 0.5, events, links: [], scales: ['scene'], message: id, subjects: [] };
}

describe('play-through, worked by hand', () => {
  const ix = buildStoryIndex(handStory);

  it('offers the start events first, then the outgoing links with their strength and target scale', () => {
    expect(playThrough(ix, [], []).choices.map((c) => c.target)).toEqual(['a']);
    const fromA = playThrough(ix, [], ['a']).choices;
    expect(fromA.map((c) => [c.target, c.scale, c.strength])).toEqual([
      ['b', 'arc', 0.5],
      ['c', 'scene', 0.2],
    ]);
  });

  it('accumulates the forward ripple totals of each entered event per scale', () => {
    // From a: b = 0.5 * 0.85 = 0.425 (arc); c = max(0.425 * 1 * 0.7, 0.2 * 0.7) = 0.2975 (scene); d = 0.2975 * 0.06 * 0.99 < 0.05.
    const one = playThrough(ix, [], ['a']).scaleImpact;
    expect(one.scene).toBeCloseTo(0.2975, 12);
    expect(one.arc).toBeCloseTo(0.425, 12);
    expect(one.world).toBe(0);
    expect(one.saga).toBe(0);
    // From b: c = 0.7 (scene); d = 0.7 * 0.0594 = 0.04158 is under the 0.05 threshold.
    const two = playThrough(ix, [], ['a', 'b']).scaleImpact;
    expect(two.scene).toBeCloseTo(0.9975, 12);
    expect(two.arc).toBeCloseTo(0.425, 12);
    expect(two.saga).toBe(0);
    // From c: d = 0.06 * 0.99 = 0.0594 (saga), just over the threshold.
    const three = playThrough(ix, [], ['a', 'b', 'c']);
    expect(three.scaleImpact.scene).toBeCloseTo(0.9975, 12);
    expect(three.scaleImpact.saga).toBeCloseTo(0.0594, 12);
    expect(three.tension).toEqual([0.2, 0.6, 0.9]);
    expect(three.choices.map((c) => c.title)).toEqual(['d']);
  });

  it('counts an event entered twice twice (a loop)', () => {
    const loop = buildStoryIndex(
      storyOf({
        events: [{ id: 's' }, { id: 'x', time: 1 }, { id: 'y', time: 2 }],
        links: [
          { from: 's', to: 'x', strength: 1 },
          { from: 'x', to: 'y', strength: 1 },
          { from: 'y', to: 'x', strength: 1 },
        ],
      }),
    );
    // s reaches x 0.7 and y 0.49; x reaches y 0.7; y reaches x 0.7: 1.19 + 0.7 + 0.7 + 0.7.
    expect(playThrough(loop, [], ['s', 'x', 'y', 'x']).scaleImpact.scene).toBeCloseTo(3.29, 12);
  });

  it('lists the conflicts that name a path event, in the given order', () => {
    const conflicts = [conflictNaming('cd', ['c', 'd']), conflictNaming('off', ['d']), conflictNaming('ab', ['a', 'b'])];
    expect(playThrough(ix, conflicts, ['a']).pathConflicts.map((c) => c.id)).toEqual(['ab']);
    expect(playThrough(ix, conflicts, ['a', 'c']).pathConflicts.map((c) => c.id)).toEqual(['cd', 'ab']);
    expect(playThrough(ix, conflicts, []).pathConflicts).toEqual([]);
  });

  it('refuses a path that skips a link or starts in the middle, naming the step', () => {
    expect(() => playThrough(ix, [], ['a', 'd'])).toThrow(/Step 2 of the path goes from "a" to "d", but no link joins them/);
    expect(() => playThrough(ix, [], ['b'])).toThrow(PlayPathError);
    expect(() => playThrough(ix, [], ['a', 'zz'])).toThrow(/Step 2 of the path names "zz"/);
  });
});

describe('play-through fixture', () => {
  const loaded = parseStory(readFileSync(FIXTURES + 'play-through.json', 'utf8'));
  if (!loaded.ok) throw new Error('play-through fixture does not load');
  const expected = JSON.parse(readFileSync(FIXTURES + 'play-through.expected.json', 'utf8')) as {
    startEvents: string[];
    plays: ExpectedPlay[];
  };
  const ix = buildStoryIndex(loaded.story);
  const conflicts = detectConflicts(ix);

  it('offers the fixture start events', () => {
    expect(playThrough(ix, conflicts, []).choices.map((c) => c.target)).toEqual(expected.startEvents);
  });

  for (const play of expected.plays) {
    it(`matches the expected state after ${play.path.join(' > ')}`, () => {
      const state = playThrough(ix, conflicts, play.path);
      expect(Object.keys(state.scaleImpact).sort()).toEqual(Object.keys(play.scaleImpact).sort());
      for (const [scale, value] of Object.entries(play.scaleImpact)) expect(Math.abs(state.scaleImpact[scale]! - value)).toBeLessThan(1e-9);
      expect(state.pathConflicts.map(identity).sort()).toEqual(play.pathConflicts.map(identity).sort());
    });
  }
});
