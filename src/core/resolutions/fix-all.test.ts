import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdit } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { combinedPatch, fixAll, type FixProgress } from './fix-all';
import { fixAllViolations } from './fix-all-check';

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

  it('fixes conflicts that do not touch each other in one pass', () => {
    const result = fixAll(messy, { safeOnly: true });
    expect(result.passes).toEqual([3]);
    expect(fixAllViolations(messy, result, { safeOnly: true })).toEqual([]);
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
    expect(result.steps.length).toBeGreaterThan(0);
    for (const step of result.steps) expect(step.proposal.introduces).toEqual([]);
    const before = new Set(conflictIds(messy));
    expect(conflictIds(result.story).every((id) => before.has(id))).toBe(true);
  });

  it('never targets an ignored (dismissed) conflict and leaves its events as they were', () => {
    const [first, second] = detectConflicts(buildStoryIndex(twoParadoxes));
    const dismissed = first!.events.includes('fire') ? first! : second!;
    const ignore = new Set([dismissed.id]);
    const result = fixAll(twoParadoxes, { safeOnly: true, ignore });
    expect(result.steps.map((s) => s.conflictId)).not.toContain(dismissed.id);
    expect(result.remaining.map((c) => c.id)).toEqual([dismissed.id]);
    for (const id of ['fire', 'smoke']) expect(result.story.events.find((e) => e.id === id)).toEqual(twoParadoxes.events.find((e) => e.id === id));
    expect(fixAllViolations(twoParadoxes, result, { safeOnly: true, ignore })).toEqual([]);
  });

  it('with everything ignored, changes nothing', () => {
    const ignore = new Set(conflictIds(messy));
    expect(fixAll(messy, { ignore })).toEqual({ story: messy, steps: [], remaining: detectConflicts(buildStoryIndex(messy)), passes: [] });
  });

  it('stops after maxSteps', () => {
    const result = fixAll(messy, { maxSteps: 1 });
    expect(result.steps).toHaveLength(1);
    expect(result.remaining).toHaveLength(2);
  });

  it('reports its progress as it looks at conflicts', () => {
    const seen: FixProgress[] = [];
    const result = fixAll(twoParadoxes, { safeOnly: true, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(2);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
    for (let k = 1; k < seen.length; k++) expect(seen[k]!.done).toBeGreaterThanOrEqual(seen[k - 1]!.done);
    const last = seen[seen.length - 1]!;
    expect(last.done).toBe(last.total);
    expect(last.steps).toBe(result.steps.length);
  });

  it('leaves a story without conflicts alone', () => {
    const calm = storyOf({ events: [{ id: 'a' }] });
    expect(fixAll(calm)).toEqual({ story: calm, steps: [], remaining: [], passes: [] });
  });
});
