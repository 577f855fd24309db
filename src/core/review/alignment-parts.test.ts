import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { storyOf } from '../testing/story-builder';
import { explainAlignment } from './alignment-parts';
import { goalCoverage } from './goal-coverage';

describe('alignment explained', () => {
  // Four events; a (0.9) is over the 0.85 limit and a peak with no recovery after it within 1 event
  // (b is 0.6); d carries the avoided theme gore; goals healing (carried by c) and trust (never).
  const story = storyOf({
    therapy: { recoveryWithin: 1, avoid: ['gore'], goals: ['healing', 'trust'] },
    events: [
      { id: 'a', time: 1, intensity: 0.9 },
      { id: 'b', time: 2, intensity: 0.6 },
      { id: 'c', time: 3, intensity: 0.2, themes: { healing: 0.5 }, scale: 'arc' },
      { id: 'd', time: 4, intensity: 0.2, themes: { gore: 0.4, healing: 0.9 } },
    ],
  });
  const ix = buildStoryIndex(story);
  const { conflicts, scores } = analyzeStory(story);
  const explained = explainAlignment(ix, conflicts);

  it('splits the score into pacing, boundaries and goals, in plain words, with the conflicts behind each', () => {
    const [pacing, boundaries, goals] = explained.parts;
    expect(pacing!.conflicts.map((c) => c.type).sort()).toEqual(['intensity-over-limit', 'no-recovery']);
    expect(pacing!.summary).toBe('1 event goes above the maximum intensity of 0.85; 1 peak has no recovery within 1 event.');
    // a is hit by over-limit (0.9) and no-recovery (0.7): damaged 1 - 0.1 * 0.3 = 0.97 of 4 events.
    expect(pacing!.score).toBeCloseTo(1 - 0.97 / 4, 12);
    expect(boundaries!.summary).toBe('1 event touches an avoided theme (gore).');
    expect(goals!.score).toBe(0.5);
    expect(goals!.summary).toBe('1 of 2 goals appear in the story; never: trust.');
    // The parts recombine into the story's score.
    expect(explained.overall).toBeCloseTo(scores.therapeuticAlignment!, 12);
  });

  it('lists the conflicts behind a part in story time, not by event id', () => {
    // Ids that sort as text against time: e10 comes before e9 as text, after it in time.
    const avoided = storyOf({
      therapy: { avoid: ['gore'] },
      events: [
        { id: 'e10', time: 50, themes: { gore: 0.5 } },
        { id: 'e9', time: 5, themes: { gore: 0.5 } },
        { id: 'e100', time: 20, themes: { gore: 0.5 } },
      ],
    });
    // As the studio's worker hands them over: by id.
    const byId = [...analyzeStory(avoided).conflicts].sort((a, b) => (a.id < b.id ? -1 : 1));
    const boundaries = explainAlignment(buildStoryIndex(avoided), byId).parts[1]!;
    expect(boundaries.conflicts.map((c) => c.events[0])).toEqual(['e9', 'e100', 'e10']);
  });

  it('is not assessed without a therapy profile', () => {
    const bare = storyOf({ events: [{ id: 'a', time: 1, intensity: 0.5, themes: { harm: 1 } }] });
    const e = explainAlignment(buildStoryIndex(bare), analyzeStory(bare).conflicts);
    expect(e.assessed).toBe(false);
    expect(e.overall).toBeNull();
    expect(e.how).toMatch(/^Not assessed: no therapy profile/);
  });

  it('traces each goal over time and scales, and every event touching an avoided theme', () => {
    const g = goalCoverage(ix);
    const healing = g.goals.find((t) => t.theme === 'healing')!;
    expect(healing.hits.map((h) => [h.id, h.strength])).toEqual([
      ['c', 0.5],
      ['d', 0.9],
    ]);
    expect(healing.trend).toBe('rising');
    expect(healing.reachesCoarser).toBe(true);
    expect(healing.perScale.filter((s) => s.events > 0).map((s) => [s.scale, s.events, s.strongest])).toEqual([
      ['scene', 1, 0.9],
      ['arc', 1, 0.5],
    ]);
    expect(g.goals.find((t) => t.theme === 'trust')!.trend).toBe('absent');
    expect(g.avoided.map((t) => [t.theme, t.hits.map((h) => h.id)])).toEqual([['gore', ['d']]]);
  });
});
