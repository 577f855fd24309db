import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch } from '../testing/story-builder';
import { exitedCharacterRule } from './exited-character';
import { eventsFoundWith, findWith } from './timeline/test-run';

const found = (events: EventSketch[]) => eventsFoundWith(exitedCharacterRule, storyOf({ events }));
const dies = (id: string, time: number, who = 'mara'): EventSketch => ({
  id,
  time,
  participants: [who],
  effects: { [who]: { alive: false } },
});
const acts = (id: string, time: number, who = 'mara'): EventSketch => ({ id, time, participants: [who] });

describe('exited-character', () => {
  it('flags a character who acts after drowning, and says who and where', () => {
    const story = storyOf({
      events: [
        { ...dies('drown', 9), title: 'Mara drowns' },
        { ...acts('boat', 12), title: 'Mara takes the boat' },
      ],
    });
    const conflicts = findWith(exitedCharacterRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['drown', 'boat']]);
    expect(conflicts[0]!.subjects).toEqual([{ kind: 'character', character: 'mara' }]);
    expect(conflicts[0]!.message).toBe(
      'mara acts in Mara takes the boat (scene, t=12) after leaving the story in Mara drowns (scene, t=9).',
    );
  });

  it('names the character by their declared name', () => {
    const story = { ...storyOf({ events: [dies('drown', 1), acts('boat', 2)] }), characters: [{ id: 'mara', name: 'Mara' }] };
    expect(findWith(exitedCharacterRule, story)[0]!.message).toMatch(/^Mara acts in boat/);
  });

  it('flags every later appearance against the same exit', () => {
    expect(found([dies('d', 1), acts('a', 2), acts('b', 3)])).toEqual(['d,a', 'd,b']);
  });

  it('follows the timeline, not the file order', () => {
    // The appearance is written first but happens later; the earlier-written death happens first.
    expect(found([acts('late', 5), dies('d', 1)])).toEqual(['d,late']);
    // A death written first that happens after the appearance does not matter.
    expect(found([dies('d', 5), acts('early', 1)])).toEqual([]);
  });

  it('breaks ties in time by file order', () => {
    expect(found([dies('d', 3), acts('a', 3)])).toEqual(['d,a']);
    expect(found([acts('a', 3), dies('d', 3)])).toEqual([]);
  });

  it('does not flag a character revived in between', () => {
    const revive: EventSketch = { id: 'ghost', time: 2, effects: { mara: { alive: true } } };
    expect(found([dies('d', 1), revive, acts('a', 3)])).toEqual([]);
  });

  it('does not flag the event that itself brings the character back', () => {
    const returns: EventSketch = { ...acts('back', 2), effects: { mara: { alive: true } } };
    expect(found([dies('d', 1), returns])).toEqual([]);
  });

  it('does not flag when the latest alive-setting event keeps the character alive', () => {
    const survives: EventSketch = { id: 's', time: 1, effects: { mara: { alive: true } } };
    expect(found([survives, acts('a', 2)])).toEqual([]);
  });

  it('looks only at participants, not at characters merely mentioned in effects', () => {
    const mentions: EventSketch = { id: 'm', time: 2, participants: ['tom'], effects: { mara: { traits: { grief: 1 } } } };
    expect(found([dies('d', 1), mentions])).toEqual([]);
  });

  it('keeps each character separate', () => {
    expect(found([dies('d', 1, 'mara'), acts('t', 2, 'tom')])).toEqual([]);
  });

  it('flags a second exit of a character already gone, as the rule reads', () => {
    expect(found([dies('d1', 1), dies('d2', 2)])).toEqual(['d1,d2']);
  });
});
