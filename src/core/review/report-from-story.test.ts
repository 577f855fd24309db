import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { storyOf } from '../testing/story-builder';
import { buildReport, reportInput } from './report-from-story';

const AT = '2026-12-03T12:00:00.000Z';

describe('the review report built from a story', () => {
  const plain = storyOf({
    therapy: { maxIntensity: 0.6 },
    events: [
      { id: 'storm', title: 'The storm', time: 1, intensity: 0.9 },
      { id: 'calm', title: 'Calm', time: 2, intensity: 0.2 },
      { id: 'relapse', title: 'Relapse', time: 3, intensity: 0.75 },
    ],
  });
  const [first, second] = analyzeStory(plain).conflicts.filter((c) => c.type === 'intensity-over-limit');

  it('lists a conflict the authors dismissed under its own heading, with their reason, and not among those to fix', () => {
    const story = { ...plain, dismissed: [{ id: first!.id, note: 'Intended: the storm is the turning point' }] };
    const input = reportInput(story, AT);
    expect(input.dismissed.map((c) => c.id)).toEqual([first!.id]);
    expect(input.active.map((c) => c.id)).not.toContain(first!.id);
    const { html } = buildReport(story, AT);
    expect(html).toContain('Dismissed by the authors (1)');
    expect(html).toContain('Why: Intended: the storm is the turning point');
    expect(html).not.toContain(`data-conflict-id="${first!.id}"`);
    expect(html).toContain(`data-conflict-id="${second!.id}"`);
  });

  it('treats the ids it is also given as dismissed', () => {
    const input = reportInput(plain, AT, [second!.id]);
    expect(input.dismissed.map((c) => c.id)).toEqual([second!.id]);
    expect(input.active.map((c) => c.id)).toContain(first!.id);
  });

  it('has no dismissed section when nothing is dismissed', () => {
    expect(buildReport(plain, AT).html).not.toContain('Dismissed by the authors');
  });
});
