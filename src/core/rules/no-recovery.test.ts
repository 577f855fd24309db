import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch, type StorySketch } from '../testing/story-builder';
import { noRecoveryRule } from './no-recovery';
import { eventsFoundWith, findWith } from './timeline/test-run';

const felt = (id: string, time: number, intensity: number, more: Partial<EventSketch> = {}): EventSketch => ({
  id,
  time,
  intensity,
  ...more,
});
const found = (events: EventSketch[], extra: Partial<StorySketch> = {}) =>
  eventsFoundWith(noRecoveryRule, storyOf({ events, ...extra }));

describe('no-recovery', () => {
  it('flags a fire followed by three tense events with no chance to recover', () => {
    const story = storyOf({
      events: [
        felt('fire', 1, 0.75, { title: 'The fire' }),
        felt('smoke', 2, 0.6),
        felt('ash', 3, 0.5),
        felt('embers', 4, 0.4),
        felt('rain', 5, 0.2),
      ],
    });
    const conflicts = findWith(noRecoveryRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['fire']]);
    expect(conflicts[0]!.message).toBe(
      'The fire (scene, t=1) peaks at intensity 0.75 with no recovery within the next 3 events.',
    );
  });

  it('does not flag a peak whose recovery comes last in the window', () => {
    expect(found([felt('p', 1, 0.8), felt('a', 2, 0.5), felt('b', 3, 0.5), felt('calm', 4, 0.1)])).toEqual([]);
  });

  it('counts exactly the peak level as a peak, and exactly the recovery level as a recovery', () => {
    expect(found([felt('p', 1, 0.7), felt('a', 2, 0.5), felt('b', 3, 0.5), felt('c', 4, 0.5)])).toEqual(['p']);
    expect(found([felt('p', 1, 0.69)])).toEqual([]);
    expect(found([felt('p', 1, 0.7), felt('calm', 2, 0.3)])).toEqual([]);
  });

  it('counts an event tagged recovery whatever its intensity', () => {
    expect(found([felt('p', 1, 0.9), felt('shelter', 2, 0.6, { tags: ['recovery'] })])).toEqual([]);
  });

  it('does not let a peak recover itself', () => {
    expect(found([felt('p', 1, 0.9, { tags: ['recovery'] })])).toEqual(['p']);
  });

  it('flags a peak at the very end, and checks only the events left when fewer follow', () => {
    const story = storyOf({ events: [felt('a', 1, 0.4), felt('last', 2, 0.72, { title: 'The last fire' })] });
    expect(findWith(noRecoveryRule, story)[0]!.message).toBe(
      'The last fire (scene, t=2) peaks at intensity 0.72 and the story ends before the player can recover.',
    );
    const oneLeft = storyOf({ events: [felt('p', 1, 0.9), felt('a', 2, 0.5)] });
    expect(findWith(noRecoveryRule, oneLeft)[0]!.message).toBe(
      'p (scene, t=1) peaks at intensity 0.9 with no recovery within the one event left.',
    );
    expect(found([felt('p', 1, 0.9), felt('calm', 2, 0.1)])).toEqual([]);
  });

  it('counts the following events of any scale, in timeline order', () => {
    const events = [felt('calm', 5, 0.1, { scale: 'world' }), felt('a', 2, 0.5), felt('p', 1, 0.9), felt('b', 3, 0.5)];
    // Timeline: p, a, b, calm: the world-scale calm is the third event after the peak.
    expect(found(events)).toEqual([]);
    expect(found(events, { therapy: { recoveryWithin: 2 } })).toEqual(['p']);
  });

  it('follows file order for events at the same time', () => {
    expect(found([felt('p', 1, 0.9), felt('calm', 1, 0.1)])).toEqual([]);
    expect(found([felt('calm', 1, 0.1), felt('p', 1, 0.9)])).toEqual(['p']);
  });

  it('uses the therapy window and levels of the story', () => {
    const events = [felt('p', 1, 0.8), felt('a', 2, 0.5), felt('calm', 3, 0.1)];
    expect(found(events)).toEqual([]);
    expect(found(events, { therapy: { recoveryWithin: 1 } })).toEqual(['p']);
    expect(found(events, { therapy: { peakIntensity: 0.85 } })).toEqual([]);
    expect(found(events, { therapy: { recoveryIntensity: 0.05 } })).toEqual(['p']);
  });
});
