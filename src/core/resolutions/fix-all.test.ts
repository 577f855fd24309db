import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdit, applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { combinedPatch, fixAll } from './fix-all';

function conflictIds(story: Story): string[] {
  return detectConflicts(buildStoryIndex(story)).map((c) => c.id);
}

/** A story with one conflict of several kinds. */
const messy = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5, intensity: 0.5 },
    { id: 'flood', title: 'The harbor floods', time: 4, intensity: 0.3 },
    { id: 'wreck', title: 'The wreck', time: 6, intensity: 0.9 },
    { id: 'rest', title: 'Rest', time: 7, intensity: 0.1 },
    { id: 'dark', title: 'A dark thought', time: 8, themes: { self_harm: 0.4 } },
  ],
  links: [{ from: 'storm', to: 'flood' }],
  therapy: { avoid: ['self_harm'] },
});

describe('fixAll', () => {
  it('fixes every conflict of a messy story, worst first', () => {
    const before = detectConflicts(buildStoryIndex(messy));
    expect(before.map((c) => c.type).sort()).toEqual(['avoided-theme', 'intensity-over-limit', 'temporal-paradox']);
    const worstFirst = [...before].sort((a, b) => b.severity - a.severity).map((c) => c.type);
    const result = fixAll(messy);
    expect(result.remaining).toEqual([]);
    expect(conflictIds(result.story)).toEqual([]);
    expect(result.steps.map((s) => s.conflictType)).toEqual(worstFirst);
  });

  it('gives one batch that replays the whole run as a single undoable step', () => {
    const result = fixAll(messy);
    const batch = combinedPatch(result.steps);
    const { story, inverse } = applyEdit(messy, batch);
    expect(story).toEqual(result.story);
    expect(applyEdit(story, inverse).story).toEqual(messy);
  });

  it('with safeOnly, accepts only proposals that introduce nothing', () => {
    const result = fixAll(messy, { safeOnly: true });
    for (const step of result.steps) expect(step.proposal.introduces).toEqual([]);
    let story = messy;
    for (const step of result.steps) {
      const before = new Set(conflictIds(story));
      story = applyEdits(story, step.proposal.patch).story;
      expect(conflictIds(story).every((id) => before.has(id))).toBe(true);
    }
  });

  it('stops after maxSteps', () => {
    const result = fixAll(messy, { maxSteps: 1 });
    expect(result.steps).toHaveLength(1);
    expect(result.remaining).toHaveLength(2);
  });

  it('leaves a story without conflicts alone', () => {
    const calm = storyOf({ events: [{ id: 'a' }] });
    expect(fixAll(calm)).toEqual({ story: calm, steps: [], remaining: [] });
  });
});
