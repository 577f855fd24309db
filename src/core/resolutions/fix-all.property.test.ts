import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { dismissedIds } from '../analysis/review';
import { buildStoryIndex } from '../analysis/story-index';
import type { Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { FIXTURE_NAMES, loadFixture } from '../testing/fixture-stories';
import { fixAll, type FixProgress } from './fix-all';
import { fixAllViolations } from './fix-all-check';

const names = FIXTURE_NAMES;
const load = loadFixture;

/** Every other conflict of the story, worst first: a mix of dismissed and active ones. */
function everyOther(story: Story): Set<string> {
  const conflicts = detectConflicts(buildStoryIndex(story)).sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));
  return new Set(conflicts.filter((_, k) => k % 2 === 0).map((c) => c.id));
}

describe('fixAll keeps its promises', () => {
  it.each(names)('on the %s fixture, safe or not, with or without dismissed conflicts', (name) => {
    const story = load(name);
    for (const safeOnly of [true, false]) {
      for (const ignore of [new Set<string>(), everyOther(story)]) {
        const result = fixAll(story, { safeOnly, ignore });
        expect(fixAllViolations(story, result, { safeOnly, ignore }), `safeOnly ${safeOnly}, ignoring ${ignore.size}`).toEqual([]);
      }
    }
  });

  it('on random stories', () => {
    fc.assert(
      fc.property(arbStory(), fc.boolean(), fc.boolean(), (story, safeOnly, dismissSome) => {
        const ignore = dismissSome ? everyOther(story) : new Set<string>();
        const result = fixAll(story, { safeOnly, ignore });
        expect(fixAllViolations(story, result, { safeOnly, ignore })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reports the conflicts left: every targeted one at first, never more later, at least those it leaves', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 30 }), fc.boolean(), (story, dismissSome) => {
        const ignore = dismissSome ? everyOther(story) : new Set<string>();
        const seen: FixProgress[] = [];
        const result = fixAll(story, { safeOnly: true, ignore, onProgress: (p) => seen.push(p) });
        // fixAll also skips the conflicts the story itself dismisses.
        const skipped = dismissedIds(story);
        const targets = detectConflicts(buildStoryIndex(story)).filter((c) => !ignore.has(c.id) && !skipped.has(c.id));
        if (targets.length === 0) return;
        expect(seen[0]!.left).toBe(targets.length);
        for (let k = 1; k < seen.length; k++) expect(seen[k]!.left).toBeLessThanOrEqual(seen[k - 1]!.left);
        expect(seen.at(-1)!.left).toBeGreaterThanOrEqual(result.remaining.filter((c) => !ignore.has(c.id) && !skipped.has(c.id)).length);
      }),
      { numRuns: 40 },
    );
  });

  it('safe-only leaves no conflict the story did not have (dismissed ones included)', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 20 }), (story) => {
        const before = new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
        const result = fixAll(story, { safeOnly: true });
        const after = detectConflicts(buildStoryIndex(result.story)).map((c) => c.id);
        expect(after.filter((id) => !before.has(id))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('on a larger random story, where many fixes share a pass', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 40 }), (story) => {
        const result = fixAll(story, { safeOnly: true });
        expect(fixAllViolations(story, result, { safeOnly: true })).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
