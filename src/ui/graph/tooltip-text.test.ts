import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { eventTooltip, linkTooltip } from './tooltip-text';

const story = { ...storyOf({ events: [{ id: 'storm', title: 'The storm', time: 8760, duration: 24 }, { id: 'vigil', title: 'The vigil', time: 8790 }], links: [{ from: 'storm', to: 'vigil' }] }), timeUnit: 'hour' };
const marks = { events: new Map([['vigil', { count: 2, category: 'temporal' as const }]]), links: new Map() };

describe('canvas tooltips', () => {
  it('tell an event’s title, scale, time in human terms, intensity and conflicts', () => {
    const t = eventTooltip(story, marks, 'storm')!;
    expect(t.heading).toBe('The storm');
    expect(t.lines[0]).toMatch(/year 1 – year 1 day 1$/);
    expect(t.lines).toContain('No conflicts');
    expect(eventTooltip(story, marks, 'vigil')!.lines[2]).toBe('2 conflicts (■ temporal and more)');
  });

  it('tell a link’s cause and effect by title', () => {
    expect(linkTooltip(story, marks, story.links[0]!.id)!.heading).toBe('The storm → The vigil');
  });
});
