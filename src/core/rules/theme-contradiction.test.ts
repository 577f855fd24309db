import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { conflictsOf, storyOf } from '../testing/story-builder';
import { themeContradictionRule } from './theme-contradiction';

const found = (story: ReturnType<typeof storyOf>) => conflictsOf(story, 'theme-contradiction').map((c) => c.events);

describe('theme-contradiction', () => {
  it('flags a hopeful scene that causes a despairing arc, and the reverse way round', () => {
    const story = storyOf({
      events: [
        { id: 'hope', scale: 'scene', themes: { hope: 0.7 } },
        { id: 'despair', scale: 'arc', themes: { despair: 0.6 } },
        { id: 'betray', scale: 'scene', themes: { betrayal: 0.3 } },
        { id: 'trust', scale: 'world', themes: { trust: 0.9 } },
      ],
      links: [{ from: 'hope', to: 'despair' }, { from: 'betray', to: 'trust' }],
    });
    expect(found(story)).toEqual([['betray', 'trust'], ['despair', 'hope']]);
  });

  it('leaves opposite themes alone within one scale', () => {
    const story = storyOf({
      events: [{ id: 'a', themes: { hope: 0.4 } }, { id: 'b', themes: { despair: 0.5 } }],
      links: [{ from: 'a', to: 'b' }],
    });
    expect(found(story)).toEqual([]);
  });

  it('is suppressed by a bridge theme of the pair on either end', () => {
    const story = storyOf({
      events: [
        { id: 'a', themes: { trust: 0.5 } },
        { id: 'b', scale: 'arc', themes: { betrayal: 0.8, revelation: 0.4 } },
        { id: 'c', themes: { hope: 0.5, setback: 0.1 } },
        { id: 'd', scale: 'arc', themes: { despair: 0.8 } },
      ],
      links: [{ from: 'a', to: 'b' }, { from: 'c', to: 'd' }],
    });
    expect(found(story)).toEqual([]);
  });

  it('is not suppressed by a bridge of another pair', () => {
    const story = storyOf({
      events: [{ id: 'a', themes: { hope: 0.5, revelation: 0.5 } }, { id: 'b', scale: 'arc', themes: { despair: 0.5 } }],
      links: [{ from: 'a', to: 'b' }],
    });
    expect(found(story)).toEqual([['a', 'b']]);
  });

  it('ignores themes at intensity zero, and unrelated themes', () => {
    const story = storyOf({
      events: [{ id: 'a', themes: { hope: 0 } }, { id: 'b', scale: 'arc', themes: { despair: 0.5, hope: 0.2 } }, { id: 'c', themes: { wisdom: 1 } }],
      links: [{ from: 'a', to: 'b' }, { from: 'c', to: 'b' }],
    });
    expect(found(story)).toEqual([]);
  });

  it('matches an event carrying both sides against one carrying either side', () => {
    const story = storyOf({
      events: [{ id: 'a', themes: { hope: 0.5, despair: 0.5 } }, { id: 'b', scale: 'arc', themes: { hope: 0.5 } }],
      links: [{ from: 'a', to: 'b' }],
    });
    expect(found(story)).toEqual([['a', 'b']]);
  });

  it('uses the story’s own opposite pairs and lists each clashing pair as a subject', () => {
    const story = storyOf({
      themes: { opposites: [['order', 'chaos', ['reform']]] },
      events: [
        { id: 'a', title: 'The council meets', themes: { order: 0.5, hope: 0.6 } },
        { id: 'b', title: 'Riots spread', scale: 'world', time: 4, themes: { chaos: 0.7, despair: 0.5 } },
      ],
      links: [{ from: 'a', to: 'b' }],
    });
    const [conflict] = detectConflicts(buildStoryIndex(story), [themeContradictionRule]);
    expect(conflict!.subjects).toEqual([
      { kind: 'opposites', a: 'hope', b: 'despair', bridges: ['challenge', 'loss', 'setback'] },
      { kind: 'opposites', a: 'order', b: 'chaos', bridges: ['reform'] },
    ]);
    expect(conflict!.message).toBe(
      'The council meets (scene, t=0) and Riots spread (world, t=4) are linked across scales but set hope against despair ' +
        'and order against chaos with nothing bridging them; a bridge theme such as challenge, loss or setback, or reform would connect them.',
    );
  });

  it('finds every contradicting pair of a long list of opposites, in the list order, bridges included', () => {
    // Eleven pairs: more than fit in one bit mask per event, and ten that do.
    const pairs = Array.from({ length: 11 }, (_, k): [string, string, string[]] => [`up${k}`, `down${k}`, [`via${k}`]]);
    const events: { id: string; scale: string; themes: Record<string, number> }[] = [
      { id: 'a', scale: 'scene', themes: { up0: 1, down3: 1, up9: 1, via9: 1, up10: 1 } },
      { id: 'b', scale: 'arc', themes: { down0: 1, up3: 1, down9: 1, down10: 1 } },
    ];
    const links = [{ from: 'a', to: 'b' }];
    const subjectsWith = (opposites: [string, string, string[]][]) =>
      detectConflicts(buildStoryIndex(storyOf({ events, links, themes: { opposites } })), [themeContradictionRule]).map((c) =>
        c.subjects.map((s) => (s.kind === 'opposites' ? s.a : '')),
      );
    expect(subjectsWith(pairs)).toEqual([['up0', 'up3', 'up10']]);
    expect(subjectsWith(pairs.slice(0, 10))).toEqual([['up0', 'up3']]);
  });
});
