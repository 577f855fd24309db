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

  it('answers for every array, old and new, when events come and go at the end (Add event, Undo, Redo)', () => {
    // An added id is one of two, so that an id removed from the end comes back at another place.
    const step = fc.oneof(fc.constantFrom('n0', 'n1'), fc.constant('drop' as const), fc.nat({ max: 20 }));
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 6 }), (steps, asked) => {
        const versions: StoryEvent[][] = [['a', 'b', 'c'].map((id) => ({ ...events[0]!, id }))];
        for (const s of steps) {
          const last = versions.at(-1)!;
          // A number: look again at an older array (an Undo's story), then carry on from it.
          const from = typeof s === 'number' ? versions[s % versions.length]! : last;
          const next =
            typeof s === 'number' ? from : s === 'drop' ? from.slice(0, -1) : from.some((e) => e.id === s) ? from : [...from, { ...events[0]!, id: s }];
          versions.push(next);
          for (const v of [next, ...versions.slice(-3)])
            for (const k of asked) {
              const id = k < 3 ? ['a', 'b', 'c'][k]! : `n${k % 3}`;
              if (findEvent(v, id) !== v.find((e) => e.id === id)) return false;
            }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
