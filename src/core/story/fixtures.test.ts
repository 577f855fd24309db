import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from './export-story';
import { parseStory } from './load-story';
import { validationSummary } from './story-issue';

const FIXTURES = join(import.meta.dirname, '../../../test-data/fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('conformance fixtures', () => {
  it('are all present', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s loads without errors and survives export', (name) => {
    const result = parseStory(readFileSync(join(FIXTURES, name), 'utf8'));
    if (!result.ok) throw new Error(validationSummary(result.errors).join('\n'));
    expect(result.story.events.length).toBeGreaterThan(0);
    const again = parseStory(exportStory(result.story));
    expect(again.ok && again.story).toStrictEqual(result.story);
  });
});
