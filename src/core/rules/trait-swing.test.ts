import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch, type LinkSketch, type StorySketch } from '../testing/story-builder';
import { traitSwingRule } from './trait-swing';
import { eventsFoundWith, findWith } from './timeline/test-run';

const courage = (id: string, time: number, value: number, who = 'mara'): EventSketch => ({
  id,
  time,
  participants: [who],
  effects: { [who]: { traits: { courage: value } } },
});
const scene = (id: string, time: number, participants: string[]): EventSketch => ({ id, time, participants });
const found = (events: EventSketch[], links: LinkSketch[] = [], extra: Partial<StorySketch> = {}) =>
  eventsFoundWith(traitSwingRule, storyOf({ events, links, ...extra }));

describe('trait-swing', () => {
  it('flags courage leaping with nothing to explain it, naming the trait and both events', () => {
    const story = storyOf({
      events: [
        { ...courage('p', 1, 0.2), title: 'Mara hesitates' },
        { ...courage('q', 2, 0.9), title: 'Mara charges the storm' },
      ],
    });
    const conflicts = findWith(traitSwingRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['p', 'q']]);
    expect(conflicts[0]!.subjects).toEqual([{ kind: 'trait', character: 'mara', trait: 'courage', from: 0.2, to: 0.9 }]);
    expect(conflicts[0]!.message).toBe(
      "mara's courage swings from 0.2 to 0.9 between Mara hesitates (scene, t=1) and " +
        'Mara charges the storm (scene, t=2) with no linked event motivating it.',
    );
  });

  it('flags a fall as well as a rise', () => {
    expect(found([courage('p', 1, 0.9), courage('q', 2, 0.1)])).toEqual(['p,q']);
  });

  it('does not flag a change of exactly the threshold', () => {
    expect(found([courage('p', 1, 0.25), courage('q', 2, 0.75)])).toEqual([]);
  });

  it('uses the story threshold when it sets one', () => {
    expect(found([courage('p', 1, 0.1), courage('q', 2, 0.8)], [], { thresholds: { traitSwing: 0.75 } })).toEqual([]);
  });

  it('compares only consecutive settings, so a gradual change passes', () => {
    expect(found([courage('p', 1, 0.1), courage('m', 2, 0.5), courage('q', 3, 0.9)])).toEqual([]);
  });

  it('takes consecutive in timeline order, not file order', () => {
    expect(found([courage('q', 3, 0.9), courage('m', 2, 0.5), courage('p', 1, 0.1)])).toEqual([]);
    expect(found([courage('q', 3, 0.9), courage('p', 1, 0.1)])).toEqual(['p,q']);
  });

  it('keeps characters and traits apart', () => {
    const tom = courage('t', 2, 0.9, 'tom');
    const fear: EventSketch = { id: 'f', time: 3, effects: { mara: { traits: { fear: 0.9 } } } };
    expect(found([courage('p', 1, 0.1), tom, fear])).toEqual([]);
  });

  it('does not flag a change motivated by a linked event with the character between the two', () => {
    const events = [courage('p', 1, 0.1), scene('m', 2, ['mara', 'tom']), courage('q', 3, 0.9)];
    expect(found(events, [{ from: 'm', to: 'q' }])).toEqual([]);
  });

  it('accepts the earlier event itself as the motivation', () => {
    expect(found([courage('p', 1, 0.1), courage('q', 2, 0.9)], [{ from: 'p', to: 'q' }])).toEqual([]);
  });

  it('still flags when the linked event lacks the character', () => {
    const events = [courage('p', 1, 0.1), scene('m', 2, ['tom']), courage('q', 3, 0.9)];
    expect(found(events, [{ from: 'm', to: 'q' }])).toEqual(['p,q']);
  });

  it('still flags when the linked event lies before the earlier one or after the later one', () => {
    const events = [scene('before', 0, ['mara']), courage('p', 1, 0.1), courage('q', 3, 0.9), scene('after', 4, ['mara'])];
    expect(found(events, [{ from: 'before', to: 'q' }, { from: 'after', to: 'q' }])).toEqual(['p,q']);
  });

  it('still flags when the motivating event links to something else', () => {
    const events = [courage('p', 1, 0.1), scene('m', 2, ['mara']), courage('q', 3, 0.9)];
    expect(found(events, [{ from: 'm', to: 'p' }])).toEqual(['p,q']);
  });

  it('decides "between" by file order when times tie', () => {
    // m shares p's time: it lies after p only if the file lists it after p.
    const after = [courage('p', 1, 0.1), scene('m', 1, ['mara']), courage('q', 2, 0.9)];
    const before = [scene('m', 1, ['mara']), courage('p', 1, 0.1), courage('q', 2, 0.9)];
    expect(found(after, [{ from: 'm', to: 'q' }])).toEqual([]);
    expect(found(before, [{ from: 'm', to: 'q' }])).toEqual(['p,q']);
  });
});
