import { describe, expect, it } from 'vitest';
import type { RelationshipValue } from '../model/story';
import { storyOf, type EventSketch, type LinkSketch } from '../testing/story-builder';
import { relationshipFlipRule } from './relationship-flip';
import { eventsFoundWith, findWith } from './timeline/test-run';

const feels = (id: string, time: number, value: RelationshipValue, who = 'kofi', toward = 'ayla'): EventSketch => ({
  id,
  time,
  participants: [who, toward],
  effects: { [who]: { relationships: { [toward]: value } } },
});
const found = (events: EventSketch[], links: LinkSketch[] = []) =>
  eventsFoundWith(relationshipFlipRule, storyOf({ events, links }));

describe('relationship-flip', () => {
  it('flags sworn friends turning enemies overnight, naming both characters and events', () => {
    const story = storyOf({
      events: [
        { ...feels('p', 1, 'friend'), title: 'Kofi and Ayla swear friendship' },
        { ...feels('q', 2, 'enemy'), title: 'Kofi curses Ayla' },
      ],
    });
    const story2 = { ...story, characters: [{ id: 'kofi', name: 'Kofi' }, { id: 'ayla', name: 'Ayla' }] };
    const conflicts = findWith(relationshipFlipRule, story2);
    expect(conflicts.map((c) => c.events)).toEqual([['p', 'q']]);
    expect(conflicts[0]!.subjects).toEqual([
      { kind: 'relationship', character: 'kofi', other: 'ayla', from: 'friend', to: 'enemy' },
    ]);
    expect(conflicts[0]!.message).toBe(
      'Kofi turns from friend to enemy of Ayla between Kofi and Ayla swear friendship (scene, t=1) and ' +
        'Kofi curses Ayla (scene, t=2) with no linked event motivating it.',
    );
  });

  it('flags every positive/negative combination in both directions', () => {
    expect(found([feels('a', 1, 'ally'), feels('b', 2, 'rival')])).toEqual(['a,b']);
    expect(found([feels('a', 1, 'enemy'), feels('b', 2, 'friend')])).toEqual(['a,b']);
    expect(found([feels('a', 1, 'rival'), feels('b', 2, 'ally')])).toEqual(['a,b']);
  });

  it('does not flag changes within one side', () => {
    expect(found([feels('a', 1, 'friend'), feels('b', 2, 'ally')])).toEqual([]);
    expect(found([feels('a', 1, 'rival'), feels('b', 2, 'enemy')])).toEqual([]);
  });

  it('never counts neutral as a flip, even as a stop between friend and enemy', () => {
    expect(found([feels('a', 1, 'friend'), feels('b', 2, 'neutral'), feels('c', 3, 'enemy')])).toEqual([]);
  });

  it('treats each direction of a relationship on its own', () => {
    expect(found([feels('a', 1, 'friend', 'kofi', 'ayla'), feels('b', 2, 'enemy', 'ayla', 'kofi')])).toEqual([]);
  });

  it('follows the timeline, not the file order', () => {
    expect(found([feels('b', 2, 'enemy'), feels('a', 1, 'friend')])).toEqual(['a,b']);
  });

  it('does not flag a flip motivated by a linked event with the character in between', () => {
    const rescue: EventSketch = { id: 'm', time: 2, participants: ['ayla', 'kofi'] };
    expect(found([feels('a', 1, 'enemy'), rescue, feels('b', 3, 'ally')], [{ from: 'm', to: 'b' }])).toEqual([]);
  });

  it('still flags when the linked event involves only the other character', () => {
    const aside: EventSketch = { id: 'm', time: 2, participants: ['ayla'] };
    expect(found([feels('a', 1, 'enemy'), aside, feels('b', 3, 'ally')], [{ from: 'm', to: 'b' }])).toEqual(['a,b']);
  });
});
