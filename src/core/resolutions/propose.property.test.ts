import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import { arbStory } from '../testing/arbitraries';
import { proposeResolutions } from './propose';

/** Conflicts checked per random story: enough to meet every type over a run, few enough to stay fast. */
const CONFLICTS_PER_STORY = 8;

describe('proposals on random stories', () => {
  it('claim exactly what applying their patch does', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        const before = detectConflicts(buildStoryIndex(story));
        const beforeIds = new Set(before.map((c) => c.id));
        for (const conflict of before.slice(0, CONFLICTS_PER_STORY)) {
          const proposals = proposeResolutions(story, conflict.id, { baseline: before });
          expect(proposals.length, conflict.id).toBeGreaterThan(0);
          // A patch is offered once, however many generators or placements come to it.
          const patches = proposals.map((p) => JSON.stringify(p.patch));
          expect(new Set(patches).size, conflict.id).toBe(patches.length);
          for (const p of proposals) {
            const after = detectConflicts(buildStoryIndex(applyEdits(story, p.patch).story));
            const afterIds = new Set(after.map((c) => c.id));
            if (p.resolves.includes(conflict.id)) expect(afterIds.has(conflict.id), p.id).toBe(false);
            expect([...p.resolves].sort(), p.id).toEqual([...beforeIds].filter((id) => !afterIds.has(id)).sort());
            expect(p.introduces.map((c) => c.id).sort(), p.id).toEqual(
              after.filter((c) => !beforeIds.has(c.id)).map((c) => c.id).sort(),
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
