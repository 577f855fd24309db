import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { findEvent } from './event-lookup';

const { events } = storyOf({ events: [{ id: 'storm', title: 'The storm' }, { id: 'calm', title: 'Calm' }, { id: 'flood', title: 'Flood' }] });

describe('events by id, shared by the panels', () => {
  it('finds an event by id, and nothing for an unknown id', () => {
    expect(findEvent(events, 'calm')?.title).toBe('Calm');
    expect(findEvent(events, 'flood')?.title).toBe('Flood');
    expect(findEvent(events, 'gone')).toBeUndefined();
  });

  it('gives the edited event, not the one before the edit, when an edit replaced it in place', () => {
    expect(findEvent(events, 'calm')?.title).toBe('Calm');
    const edited = events.map((e) => (e.id === 'calm' ? { ...e, title: 'Calm after' } : e));
    expect(findEvent(edited, 'calm')?.title).toBe('Calm after');
    // The older array still answers for itself.
    expect(findEvent(events, 'calm')?.title).toBe('Calm');
  });

  it('follows events moved, added and removed between two arrays', () => {
    expect(findEvent(events, 'storm')).toBe(events[0]);
    const [storm, calm, flood] = events as [StoryEvent, StoryEvent, StoryEvent];
    const reordered = [flood, storm, calm];
    expect(findEvent(reordered, 'storm')).toBe(storm);
    expect(findEvent(reordered, 'flood')).toBe(flood);
    // Same length, one id replaced by another.
    const swapped = [flood, storm, { ...calm, id: 'dawn' }];
    expect(findEvent(swapped, 'calm')).toBeUndefined();
    expect(findEvent(swapped, 'dawn')?.title).toBe('Calm');
    expect(findEvent([storm, calm], 'flood')).toBeUndefined();
  });

  it('answers as a search of the array would, over any sequence of arrays looked up in turn', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const arrays = fc.array(
      fc.shuffledSubarray(ids).map((picked) => picked.map((id, k) => ({ ...events[0]!, id, title: `${id}${k}` }))),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(arrays, fc.array(fc.constantFrom(...ids, 'x'), { minLength: 1, maxLength: 6 }), (seq, asked) => {
        for (const array of seq) for (const id of asked) if (findEvent(array, id) !== array.find((e) => e.id === id)) return false;
        return true;
      }),
    );
  });
});
