import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { conflictsOf, storyOf } from '../testing/story-builder';
import { causalCycleRule } from './causal-cycle';

const cycles = (story: ReturnType<typeof storyOf>) => conflictsOf(story, 'causal-cycle').map((c) => c.events);

describe('causal-cycle', () => {
  it('flags two events that cause each other', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }, { from: 'b', to: 'c' }],
    });
    expect(cycles(story)).toEqual([['a', 'b']]);
  });

  it('flags an event linked to itself on its own', () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }], links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'b' }] });
    expect(cycles(story)).toEqual([['b']]);
  });

  it('reports a loop of three with a chord once, with every link inside it', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
        { from: 'a', to: 'c' },
        { from: 'c', to: 'd' },
      ],
    });
    const found = detectConflicts(buildStoryIndex(story), [causalCycleRule]);
    expect(found).toHaveLength(1);
    expect([...found[0]!.events].sort()).toEqual(['a', 'b', 'c']);
    expect(found[0]!.links).toEqual(['a->b', 'b->c', 'c->a', 'a->c']);
  });

  it('reports a self-link inside a bigger loop both as part of the loop and on its own', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }],
      links: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }, { from: 'a', to: 'a' }],
    });
    expect(cycles(story)).toEqual([['a'], ['a', 'b']]);
  });

  it('does not flag a diamond, where two paths meet without looping back', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      links: [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }, { from: 'b', to: 'd' }, { from: 'c', to: 'd' }],
    });
    expect(cycles(story)).toEqual([]);
  });

  it('lists the members in timeline order and names the loop in the message', () => {
    const story = storyOf({
      events: [
        { id: 'w', title: 'Mara writes the letter', time: 3 },
        { id: 'a', title: 'The letter arrives', time: 1 },
        { id: 'o', title: 'Mara opens the letter', time: 2 },
      ],
      links: [{ from: 'a', to: 'o' }, { from: 'o', to: 'w' }, { from: 'w', to: 'a' }],
    });
    const [conflict] = detectConflicts(buildStoryIndex(story), [causalCycleRule]);
    expect(conflict!.events).toEqual(['a', 'o', 'w']);
    expect(conflict!.message).toBe(
      'The letter arrives (scene, t=1) causes Mara opens the letter (scene, t=2), which causes ' +
        'Mara writes the letter (scene, t=3), which causes The letter arrives (scene, t=1) again: ' +
        'these events cause each other in a loop, so none of them can happen first.',
    );
  });

  it('walks the link listed first when two loops through the first event are equally short, in a small story or a large one', () => {
    // Loops of the whole story and loops among many unlinked events take different paths through the search.
    for (const extra of [0, 200]) {
      for (const [first, second] of [['b', 'c'], ['c', 'b']] as const) {
        const story = storyOf({
          events: [...['a', 'b', 'c', 'd'].map((id, k) => ({ id, title: id.toUpperCase(), time: k })), ...Array.from({ length: extra }, (_, k) => ({ id: `x${k}`, time: 10 + k }))],
          links: [{ from: 'a', to: first }, { from: 'a', to: second }, { from: 'b', to: 'd' }, { from: 'c', to: 'd' }, { from: 'd', to: 'a' }],
        });
        const ix = buildStoryIndex(story);
        const via = (id: string): string =>
          `A (scene, t=0) causes ${id.toUpperCase()} (scene, t=${id === 'b' ? 1 : 2}), which causes D (scene, t=3), which causes A (scene, t=0) again: ` +
          'these events cause each other in a loop (part of a loop of 4 events), so none of them can happen first.';
        const [conflict] = detectConflicts(ix, [causalCycleRule]);
        expect(conflict!.message).toBe(via(first));
        // A match listing its links in another order is walked in that order.
        const events = ['a', 'b', 'c', 'd'].map((id) => ix.eventIndex.get(id)!);
        expect(causalCycleRule.describe({ type: 'causal-cycle', events, links: [1, 0, 2, 3, 4] }, ix)).toBe(via(second));
      }
    }
  });

  it('finds a loop of 200,000 events without overflowing the stack', () => {
    const n = 200_000;
    const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, time: i }));
    const links = events.map((e, i) => ({ from: e.id, to: `e${(i + 1) % n}` }));
    const found = detectConflicts(buildStoryIndex(storyOf({ events, links })), [causalCycleRule]);
    expect(found).toHaveLength(1);
    expect(found[0]!.events).toHaveLength(n);
    expect(found[0]!.message).toContain('more steps lead back to e0');
  });

  it('stays silent on a 200,000-event chain that never loops', () => {
    const n = 200_000;
    const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, time: i }));
    const links = events.slice(1).map((e, i) => ({ from: `e${i}`, to: e.id }));
    expect(detectConflicts(buildStoryIndex(storyOf({ events, links })), [causalCycleRule])).toEqual([]);
  });
});
