import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { storyOf } from '../testing/story-builder';
import { escapeHtml } from './escape-html';
import { reportHtml } from './report-html';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

function report(story: ReturnType<typeof storyOf>) {
  const { conflicts } = analyzeStory(story);
  return reportHtml({ story, active: conflicts, dismissed: [], generatedAt: '2026-11-30T12:00:00.000Z' });
}

describe('review report', () => {
  const story = {
    ...storyOf({
      title: `Client "A" & ${SCRIPT}`,
      therapy: { maxIntensity: 0.6, avoid: ['self_harm'], goals: ['healing', 'trust'] },
      events: [
        { id: 'a', title: SCRIPT, time: 1, intensity: 0.9 },
        { id: 'b', title: IMG, time: 2, intensity: 0.2, themes: { healing: 0.4, self_harm: 0.3 } },
        { id: 'c', title: 'Relapse', time: 3, intensity: 0.75 },
      ],
    }),
    notes: [{ id: 'n1', text: `Check ${IMG}`, author: '</li><b>x', event: 'a' }],
  };
  const html = report(story);

  it('escapes every piece of story text: no element, attribute or script comes from the story', () => {
    expect(escapeHtml(`${SCRIPT}"'&`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('Client &quot;A&quot; &amp; ');
  });

  it('is one self-contained file: inline style, inline SVG curve, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg class="tension"');
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/);
  });

  it('lists every therapeutic conflict with a suggested fix, the profile, goals and notes', () => {
    const therapeutic = analyzeStory(story).conflicts.filter((c) => c.category === 'therapeutic');
    expect(therapeutic.length).toBeGreaterThanOrEqual(3);
    for (const c of therapeutic) expect(html).toContain(`data-conflict-id="${escapeHtml(c.id)}"`);
    expect(html).toContain('Suggested fix: Lower the intensity of “&lt;script&gt;alert(1)&lt;/script&gt;” to 0.6 or less.');
    expect(html).toContain('Suggested fix: Remove the avoided theme self_harm from “&lt;img src=x onerror=alert(2)&gt;”.');
    expect(html).toContain('1 of 2 goals appear in the story; never: trust.');
    expect(html).toContain('Check &lt;img src=x onerror=alert(2)&gt;');
  });

  it('says "not assessed" for a story without a therapy profile', () => {
    const bare = report(storyOf({ events: [{ id: 'a', time: 1, intensity: 0.5, themes: { harm: 0.9, trauma: 0.8 } }] }));
    expect(bare).toContain('not assessed: no therapy profile');
    expect(bare).not.toContain('100 %');
  });
});
