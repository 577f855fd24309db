import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../analysis/analyze';
import { buildStoryIndex } from '../../analysis/story-index';
import { applyEdits } from '../../edits/apply-edit';
import type { Story } from '../../model/story';
import { storyOf } from '../../testing/story-builder';
import { proposeResolutions } from '../propose';
import type { Proposal } from '../proposal';

const therapy = { maxIntensity: 0.85, peakIntensity: 0.7, recoveryIntensity: 0.3, recoveryWithin: 3, maxIntensityStep: 0.4 };

function ids(story: Story): Set<string> {
  return new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
}

/** The top proposal for the story's first conflict of this type, and what applying it adds. */
function top(story: Story, type: string): { proposal: Proposal; after: Story; added: string[] } {
  const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.type === type);
  if (!conflict) throw new Error(`the story has no ${type}`);
  const [proposal] = proposeResolutions(story, conflict.id);
  if (!proposal) throw new Error('no proposal');
  const after = applyEdits(story, proposal.patch).story;
  const before = ids(story);
  return { proposal, after, added: [...ids(after)].filter((id) => !before.has(id)) };
}

describe('a spike whose later event is followed by another high one', () => {
  // Calm, then a jump to 0.9 (over the limit too), then 0.85: lowering the jump to 0.4 fixes both
  // but alone makes a spike to the next event.
  const story = storyOf({
    therapy,
    events: [
      { id: 'calm', title: 'Mara rests', time: 0, intensity: 0 },
      { id: 'fight', title: 'Mara fights', time: 1, intensity: 0.9 },
      { id: 'storm', title: 'The storm', time: 2, intensity: 0.85 },
      { id: 'after', title: 'After the storm', time: 3, intensity: 0.2, tags: ['recovery'] },
    ],
  });

  it('lowers the jump and climbs to the next event in steps, adding nothing', () => {
    const { proposal, after, added } = top(story, 'intensity-spike');
    expect(added).toEqual([]);
    expect([...ids(after)].some((id) => id.startsWith('intensity-spike'))).toBe(false);
    expect(proposal.description).toMatch(/^Lower the intensity of "Mara fights" to 0\.4 and insert .* before "The storm"\.$/);
    // The step stays below the peak level, so it needs no recovery of its own.
    const step = after.events.find((e) => e.title.startsWith('Step'))!;
    expect(step.intensity).toBeLessThan(0.7);
    expect(step.intensity).toBeGreaterThanOrEqual(0.4);
  });
});
