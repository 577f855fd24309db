import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { filteredOut } from './use-filter-dimming';

const story = storyOf({
  events: [
    { id: 'storm', title: 'The storm', time: 0 },
    { id: 'vigil', title: 'The vigil', time: 1 },
    { id: 'news', title: 'Bram brings the news', time: 2 },
  ],
  links: [
    { from: 'storm', to: 'vigil' },
    { from: 'vigil', to: 'news' },
  ],
});
const none = { text: '', character: '', theme: '', conflictsOnly: false };

describe('filters on the canvas', () => {
  it('dims nothing while no filter is set', () => {
    expect(filteredOut(story, none, new Set()).size).toBe(0);
  });

  it('dims the events a text filter leaves out, and every link touching one of them', () => {
    const out = filteredOut(story, { ...none, text: 'the s' }, new Set());
    expect([...out].sort()).toEqual(['e:news', 'e:vigil', ...story.links.map((l) => `l:${l.id}`)].sort());
  });

  it('keeps conflicted events bright under "Has conflicts"', () => {
    const out = filteredOut(story, { ...none, conflictsOnly: true }, new Set(['vigil', 'news']));
    expect(out.has('e:storm')).toBe(true);
    expect(out.has('e:vigil')).toBe(false);
    expect(out.has(`l:${story.links[1]!.id}`)).toBe(false);
  });
});
