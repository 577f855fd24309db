import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../model/story';
import { parseStory } from '../story/load-story';

const dir = join(__dirname, '../../../test-data/fixtures');

/** The conformance fixtures' names (test-data/fixtures/NAME.json, without their expected results). */
export const FIXTURE_NAMES: readonly string[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** A conformance fixture loaded as the hosts load it; a fixture that does not load fails the test that asked. */
export function loadFixture(name: string): Story {
  const result = parseStory(readFileSync(join(dir, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.story;
}
