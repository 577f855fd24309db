import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { eventTitles } from './event-titles';

describe('event titles by id', () => {
  const { events } = storyOf({ events: [{ id: 'a', title: 'Arrival' }, { id: 'b', title: 'Betrayal' }, { id: 'c', title: '' }] });

  it('give each event’s title, the id for an unknown one, however many are asked', () => {
    const titles = eventTitles(events);
    for (let round = 0; round < 3; round++) {
      expect(titles.title('a')).toBe('Arrival');
      expect(titles.title('b')).toBe('Betrayal');
      expect(titles.title('c')).toBe('');
      expect(titles.title('gone')).toBe('gone');
      expect(titles.has('a')).toBe(true);
      expect(titles.has('gone')).toBe(false);
    }
  });
});
