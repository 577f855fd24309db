import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { anyFilter, characterNames, filterOutline, NO_FILTERS, passingEventIds, storyCharacters, storyThemes } from './filter-events';

const story = storyOf({
  events: [
    { id: 'b', title: 'Mara sails out', time: 5, participants: ['mara'], themes: { hope: 0.4 } },
    { id: 'a', title: 'The storm', time: 1, scale: 'arc', themes: { despair: 0.8 } },
    { id: 'c', title: 'Mara drowns', time: 2, participants: ['mara', 'tom'], location: 'reef' },
    { id: 'd', title: 'Tom waits', time: 2, participants: ['tom'], tags: ['recovery'] },
  ],
});
const none = { text: '', character: '', theme: '', conflictsOnly: false };
const titles = (groups: ReturnType<typeof filterOutline>) => groups.map((g) => [g.scale, g.events.map((e) => e.title)]);

describe('the Events outline', () => {
  it('lists every event under its scale, finest scale first, in timeline order (ties in file order)', () => {
    expect(titles(filterOutline(story, none, new Set()))).toEqual([
      ['scene', ['Mara drowns', 'Tom waits', 'Mara sails out']],
      ['arc', ['The storm']],
      ['world', []],
      ['saga', []],
    ]);
  });

  it('filters by text (title, place or tag), character, theme and "has conflicts", keeping the totals', () => {
    expect(titles(filterOutline(story, { ...none, text: 'REEF' }, new Set()))[0]).toEqual(['scene', ['Mara drowns']]);
    expect(titles(filterOutline(story, { ...none, text: 'recov' }, new Set()))[0]).toEqual(['scene', ['Tom waits']]);
    expect(titles(filterOutline(story, { ...none, character: 'tom' }, new Set()))[0]).toEqual(['scene', ['Mara drowns', 'Tom waits']]);
    expect(titles(filterOutline(story, { ...none, theme: 'despair' }, new Set()))[1]).toEqual(['arc', ['The storm']]);
    const onlyConflicted = filterOutline(story, { ...none, conflictsOnly: true }, new Set(['b']));
    expect(titles(onlyConflicted)[0]).toEqual(['scene', ['Mara sails out']]);
    expect(onlyConflicted[0]!.total).toBe(3);
  });

  it('names the events that pass exactly as the outline lists them', () => {
    const filters = [none, { ...none, text: 'mara' }, { ...none, text: 'REEF' }, { ...none, character: 'tom' }, { ...none, theme: 'hope' }, { ...none, conflictsOnly: true }, { ...none, text: 'nothing like it' }];
    for (const f of filters) {
      const listed = filterOutline(story, f, new Set(['a', 'd'])).flatMap((g) => g.events.map((e) => e.id));
      expect([...passingEventIds(story, f, new Set(['a', 'd']))].sort(), JSON.stringify(f)).toEqual(listed.sort());
    }
    expect([...passingEventIds(story, { ...none, text: 'mara' }, new Set())].sort()).toEqual(['b', 'c']);
    // Asked again with other conflicts, "has conflicts" answers for those.
    const onlyConflicted = { ...none, conflictsOnly: true };
    expect([...passingEventIds(story, onlyConflicted, new Set(['a']))]).toEqual(['a']);
    expect([...passingEventIds(story, onlyConflicted, new Set(['b']))]).toEqual(['b']);
  });

  it('offers the story’s characters and themes for the filters', () => {
    expect(storyCharacters(story)).toEqual(['mara', 'tom']);
    expect(storyThemes(story)).toEqual(['despair', 'hope']);
  });
});

describe('character names and clearing filters', () => {
  it('maps declared characters to their names and leaves unnamed ones out', () => {
    const names = characterNames([{ id: 'elin', name: 'Elin Varga' }, { id: 'bram' }, { id: 'ada', name: '  ' }]);
    expect([...names]).toEqual([['elin', 'Elin Varga']]);
  });

  it('sees a filter in any field and none in the cleared filters', () => {
    expect(anyFilter(NO_FILTERS)).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, text: ' storm ' })).toBe(true);
    expect(anyFilter({ ...NO_FILTERS, text: '   ' })).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, conflictsOnly: true })).toBe(true);
    expect(anyFilter({ ...NO_FILTERS, character: 'elin' })).toBe(true);
  });
});
