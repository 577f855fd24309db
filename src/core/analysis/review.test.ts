import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { fixAll } from '../resolutions/fix-all';
import { storyOf } from '../testing/story-builder';
import { analyzeStory } from './analyze';

/** The flood is caused by a storm that comes later (a flashback the authors keep), and a bell rings before the flood. */
function flashback(dismissed: Story['dismissed']): Story {
  const story = storyOf({
    events: [
      { id: 'storm', title: 'The storm breaks', time: 5 },
      { id: 'flood', title: 'The harbour floods', time: 4 },
      { id: 'bell', title: 'The bell rings', time: 3 },
    ],
    links: [
      { from: 'storm', to: 'flood' },
      { from: 'flood', to: 'bell' },
    ],
  });
  return dismissed === undefined ? story : { ...story, dismissed };
}

describe('dismissed conflicts in the analysis', () => {
  it('keeps a dismissed conflict out of the active list and the scores, and shows it apart with its note', () => {
    const open = analyzeStory(flashback(undefined));
    const reviewed = analyzeStory(flashback([{ id: 'temporal-paradox:flood+storm', note: 'a flashback', by: 'ana' }]));
    expect(open.conflicts.map((c) => c.id)).toEqual(['temporal-paradox:flood+storm', 'temporal-paradox:bell+flood']);
    expect(reviewed.conflicts.map((c) => c.id)).toEqual(['temporal-paradox:bell+flood']);
    expect(reviewed.dismissed.map((c) => [c.id, c.dismissal.note])).toEqual([['temporal-paradox:flood+storm', 'a flashback']]);
    expect(reviewed.scores.coherence).toBeGreaterThan(open.scores.coherence);
  });

  it('reports entries that match no current conflict as stale, in the story order', () => {
    const result = analyzeStory(flashback([{ id: 'bilocation:x+y' }, { id: 'temporal-paradox:flood+storm' }, { id: 'no-recovery:gone' }]));
    expect(result.stale).toEqual([{ id: 'bilocation:x+y' }, { id: 'no-recovery:gone' }]);
    expect(result.dismissed).toHaveLength(1);
  });

  it('fixAll never targets a dismissed conflict and does not list it as remaining', () => {
    const story = flashback([{ id: 'temporal-paradox:flood+storm' }]);
    const result = fixAll(story);
    expect(result.steps.map((s) => s.conflictId)).not.toContain('temporal-paradox:flood+storm');
    expect(result.remaining.map((c) => c.id)).not.toContain('temporal-paradox:flood+storm');
    expect(result.story.dismissed).toEqual(story.dismissed);
  });
});
