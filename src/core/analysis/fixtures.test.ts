import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../story/load-story';
import { detectConflicts } from './analyze';
import { buildStoryIndex } from './story-index';

/** The public conformance fixtures: NAME.json with NAME.expected.json beside it. */
const FIXTURES = fileURLToPath(new URL('../../../test-data/fixtures/', import.meta.url));

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

interface ExpectedConflict {
  readonly type: string;
  readonly events: readonly string[];
}

/** A conflict's identity as the fixtures state it, one string per conflict, so sets compare as sorted lists. */
const identity = (c: ExpectedConflict): string => `${c.type} [${[...c.events].sort().join(', ')}]`;

describe('conformance fixtures', () => {
  it('finds the fixtures, the threshold-sitting one included', () => {
    expect(names).toEqual(expect.arrayContaining(['numbers-tolerance', 'play-through', 'causal-gap']));
  });

  it.each(names)('%s: detects exactly the expected conflicts', (name) => {
    const loaded = parseStory(readFileSync(`${FIXTURES}${name}.json`, 'utf8'));
    if (!loaded.ok) throw new Error(`${name}.json did not load: ${JSON.stringify(loaded.errors)}`);
    const expected = JSON.parse(readFileSync(`${FIXTURES}${name}.expected.json`, 'utf8')) as {
      conflicts: readonly ExpectedConflict[];
    };
    const actual = detectConflicts(buildStoryIndex(loaded.story)).map(identity).sort();
    expect(actual).toEqual(expected.conflicts.map(identity).sort());
  });
});
