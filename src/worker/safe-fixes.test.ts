import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../core/analysis/analyze';
import { buildStoryIndex } from '../core/analysis/story-index';
import { applyEdits } from '../core/edits/apply-edit';
import type { Story } from '../core/model/story';
import { fixAll } from '../core/resolutions/fix-all';
import { loadStory } from '../core/story/load-story';
import { storyOf } from '../core/testing/story-builder';
import { safeFixesSkipping } from './safe-fixes';

/** Two independent temporal paradoxes: each effect is filed before its cause. */
const twoParadoxes = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'fire', title: 'The lamp catches fire', time: 20 },
    { id: 'smoke', title: 'Smoke fills the tower', time: 10 },
  ],
  links: [
    { from: 'storm', to: 'flood', strength: 0.6 },
    { from: 'fire', to: 'smoke', strength: 0.6 },
  ],
});

const conflictsOf = (story: Story) => detectConflicts(buildStoryIndex(story));

function fixture(name: string): Story {
  const loaded = loadStory(JSON.parse(readFileSync(join(process.cwd(), 'test-data', 'fixtures', `${name}.json`), 'utf8')));
  if (!loaded.ok) throw new Error(`fixture ${name} does not load`);
  return loaded.story;
}

describe('accepting all safe fixes without touching dismissed conflicts', () => {
  it('fixes both paradoxes when none is dismissed', () => {
    const fixes = safeFixesSkipping(twoParadoxes, new Set());
    expect(fixes.steps).toHaveLength(2);
    expect(fixes.resolved).toHaveLength(2);
    expect(conflictsOf(applyEdits(twoParadoxes, fixes.ops).story)).toEqual([]);
  });

  it('leaves the dismissed paradox as the author wrote it', () => {
    const [first, second] = conflictsOf(twoParadoxes);
    const dismissed = first!.events.includes('fire') ? first! : second!;
    const fixes = safeFixesSkipping(twoParadoxes, new Set([dismissed.id]));
    expect(fixes.steps.map((s) => s.conflictId)).not.toContain(dismissed.id);
    expect(fixes.resolved).not.toContain(dismissed.id);
    const after = applyEdits(twoParadoxes, fixes.ops).story;
    expect(conflictsOf(after).map((c) => c.id)).toEqual([dismissed.id]);
    expect(after.events.find((e) => e.id === 'fire')).toEqual(twoParadoxes.events.find((e) => e.id === 'fire'));
  });

  it('gives ops that replay to the story the core fixAll (safe only) leaves, on every fixture', () => {
    const names = readdirSync(join(process.cwd(), 'test-data', 'fixtures'))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
      .map((f) => f.slice(0, -'.json'.length));
    let steps = 0;
    for (const name of names) {
      const story = fixture(name);
      const ours = safeFixesSkipping(story, new Set());
      const core = fixAll(story, { safeOnly: true });
      expect(applyEdits(story, ours.ops).story, name).toEqual(core.story);
      expect(ours.resolved.length, name).toBe(conflictsOf(story).length - core.remaining.length);
      steps += ours.steps.length;
    }
    expect(steps).toBeGreaterThan(names.length / 2);
  });
});
