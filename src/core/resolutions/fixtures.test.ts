import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { parseStory } from '../story/load-story';
import { fixAll } from './fix-all';
import { proposeResolutions } from './propose';

const dir = join(__dirname, '../../../test-data/fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.json$/, ''));

function load(name: string): Story {
  const result = parseStory(readFileSync(join(dir, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.story;
}

function conflictIds(story: Story): string[] {
  return detectConflicts(buildStoryIndex(story)).map((c) => c.id);
}

/** Whether some proposal for the conflict removes it without adding anything, checked by applying it. */
function hasSafeFix(story: Story, conflictId: string): boolean {
  const before = new Set(conflictIds(story));
  return proposeResolutions(story, conflictId).some((p) => {
    const after = conflictIds(applyEdits(story, p.patch).story);
    return !after.includes(conflictId) && after.every((id) => before.has(id));
  });
}

describe('resolutions on the public fixtures', () => {
  it('finds the fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s: the top proposal of every conflict resolves it', (name) => {
    const story = load(name);
    const ids = conflictIds(story);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const [top] = proposeResolutions(story, id);
      expect(top, id).toBeDefined();
      expect(conflictIds(applyEdits(story, top!.patch).story), `${id} after ${top!.id}`).not.toContain(id);
    }
  });

  it.each(names)('%s: fixAll leaves no conflict that a safe proposal could fix', (name) => {
    const story = load(name);
    for (const safeOnly of [false, true]) {
      const result = fixAll(story, { safeOnly });
      expect(result.remaining.map((c) => c.id)).toEqual(conflictIds(result.story));
      for (const c of result.remaining) expect(hasSafeFix(result.story, c.id), `${c.id} (safeOnly ${safeOnly})`).toBe(false);
      expect(result.remaining.length).toBeLessThan(conflictIds(story).length);
    }
  });
});
