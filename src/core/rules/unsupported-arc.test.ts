import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { conflictsOf, storyOf } from '../testing/story-builder';
import { unsupportedArcRule } from './unsupported-arc';

const found = (story: ReturnType<typeof storyOf>) => conflictsOf(story, 'unsupported-arc').map((c) => c.events);

describe('unsupported-arc', () => {
  it('flags an arc event nothing leads to, but not a scene event', () => {
    const story = storyOf({ events: [{ id: 'arc', scale: 'arc' }, { id: 'scene', scale: 'scene' }] });
    expect(found(story)).toEqual([['arc']]);
  });

  it('accepts an arc event caused by a scene', () => {
    const story = storyOf({
      events: [{ id: 's', scale: 'scene' }, { id: 'a', scale: 'arc' }],
      links: [{ from: 's', to: 'a' }],
    });
    expect(found(story)).toEqual([]);
  });

  it('flags an arc event whose causes are all at its own scale or coarser', () => {
    const story = storyOf({
      events: [{ id: 'saga', scale: 'saga', tags: ['premise'] }, { id: 'a1', scale: 'arc' }, { id: 'a2', scale: 'arc' }],
      links: [{ from: 'saga', to: 'a1' }, { from: 'a1', to: 'a2' }],
    });
    expect(found(story)).toEqual([['a1'], ['a2']]);
  });

  it('accepts support from a finer scene far up a long chain of coarser events', () => {
    const chain = Array.from({ length: 500 }, (_, i) => ({ id: `w${i}`, scale: 'world' }));
    const story = storyOf({
      events: [{ id: 's', scale: 'scene' }, ...chain],
      links: [{ from: 's', to: 'w0' }, ...chain.slice(1).map((e, i) => ({ from: `w${i}`, to: e.id }))],
    });
    expect(found(story)).toEqual([]);
  });

  it('walks a chain of 200,000 arc events without overflowing the stack', () => {
    const n = 200_000;
    const chain = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, scale: 'arc' }));
    const links = chain.slice(1).map((e, i) => ({ from: `a${i}`, to: e.id }));
    const supported = storyOf({ events: [{ id: 's', scale: 'scene' }, ...chain], links: [{ from: 's', to: 'a0' }, ...links] });
    const flagged = (story: ReturnType<typeof storyOf>): number => {
      let count = 0;
      unsupportedArcRule.detect(buildStoryIndex(story), () => count++);
      return count;
    };
    expect(flagged(supported)).toBe(0);
    expect(flagged(storyOf({ events: chain, links }))).toBe(n);
  });

  it('lets a premise tag stand without a cause', () => {
    const story = storyOf({ events: [{ id: 'p', scale: 'saga', tags: ['premise'] }] });
    expect(found(story)).toEqual([]);
  });

  it('counts a finer member of a loop as support for every other member, but a loop of equals supports nobody', () => {
    const story = storyOf({
      events: [
        { id: 'a', scale: 'arc' },
        { id: 's', scale: 'scene' },
        { id: 'w1', scale: 'world' },
        { id: 'w2', scale: 'world' },
      ],
      links: [{ from: 'a', to: 's' }, { from: 's', to: 'a' }, { from: 'w1', to: 'w2' }, { from: 'w2', to: 'w1' }],
    });
    expect(found(story)).toEqual([['w1'], ['w2']]);
  });

  it('does not count an event as its own support, even when linked to itself', () => {
    const story = storyOf({ events: [{ id: 'a', scale: 'arc' }], links: [{ from: 'a', to: 'a' }] });
    expect(found(story)).toEqual([['a']]);
  });

  it('points the designer to the missing setup', () => {
    const story = storyOf({ events: [{ id: 'x', title: 'A rumor spreads', scale: 'arc', time: 4 }] });
    const [conflict] = detectConflicts(buildStoryIndex(story), [unsupportedArcRule]);
    expect(conflict!.message).toBe(
      'A rumor spreads (arc, t=4) has no cause at a finer scale (scene or below), so nothing the audience sees sets it up; ' +
        'link it from a smaller event or tag it as a premise.',
    );
  });
});
