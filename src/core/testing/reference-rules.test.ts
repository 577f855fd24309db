import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../story/load-story';
import { referenceConflicts, type ReferenceConflict } from './reference-rules';
import { storyOf } from './story-builder';

/** The reference must itself agree with the public fixtures before it can judge the production rules. */

const FIXTURES = join(import.meta.dirname, '../../../test-data/fixtures');
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

const identity = (c: { readonly type: string; readonly events: readonly string[] }): string =>
  `${c.type} [${[...c.events].sort().join(', ')}]`;
const show = (found: readonly ReferenceConflict[]): string[] => found.map(identity).sort();

describe('the reference rules on the public fixtures', () => {
  it('finds the fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s: finds exactly the expected conflicts', (name) => {
    const loaded = parseStory(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
    if (!loaded.ok) throw new Error(`${name}.json did not load`);
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as {
      conflicts: readonly { type: string; events: readonly string[] }[];
    };
    expect(show(referenceConflicts(loaded.story))).toEqual(expected.conflicts.map(identity).sort());
  });
});

describe('the reference rules on hand-worked stories', () => {
  it('reports a cycle with a self-link inside it once as a component and once as a self-link', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'b', to: 'b' },
      ],
    });
    expect(show(referenceConflicts(story))).toEqual(['causal-cycle [a, b]', 'causal-cycle [b]']);
  });

  it('treats a peak at the very end of the timeline as unrecovered, and one followed by a calm event as recovered', () => {
    const story = storyOf({
      events: [
        { id: 'peak', time: 0, intensity: 0.7 },
        { id: 'calm', time: 1, intensity: 0.3 },
        { id: 'last', time: 2, intensity: 0.8 },
      ],
    });
    expect(show(referenceConflicts(story))).toEqual(['intensity-spike [calm, last]', 'no-recovery [last]']);
  });

  it('orders events at the same time by file order for consecutive pairs', () => {
    const story = storyOf({
      events: [
        { id: 'second', time: 5, intensity: 0.5 },
        { id: 'first', time: 1, intensity: 0 },
        { id: 'third', time: 5, intensity: 0 },
      ],
    });
    // Timeline: first (0), second (0.5), third (0): one spike from first to second.
    expect(show(referenceConflicts(story))).toEqual(['intensity-spike [first, second]']);
  });

  it('does not count a motivating event at the same position as the later setter', () => {
    const story = storyOf({
      events: [
        { id: 'p', time: 0, effects: { ana: { traits: { courage: 0.1 } } } },
        { id: 'q', time: 2, effects: { ana: { traits: { courage: 0.9 } } } },
        { id: 'm', time: 3, participants: ['ana'] },
      ],
      links: [{ from: 'm', to: 'q' }],
    });
    // m lies after q, so it does not motivate the swing (and the link runs backwards in time).
    expect(show(referenceConflicts(story))).toEqual(['temporal-paradox [m, q]', 'trait-swing [p, q]']);
  });
});
