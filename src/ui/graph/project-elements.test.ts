import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { conflictMarks } from './conflict-marks';
import { incrementalProjector, sharedPairLinks, type GraphInput } from './project-elements';

function conflict(type: ConflictType, events: string[], links: string[] = []): Conflict {
  return { id: `${type}:${events.join(',')}`, type, category: CATEGORY_OF[type], severity: 0.5, events, links, scales: [], message: '', subjects: [] };
}

const story = storyOf({
  events: [
    { id: 'a', title: 'Mara sails', time: 1 },
    { id: 'b', title: 'Mara drowns', time: 2 },
    { id: 'c', title: 'Tom waits', time: 3 },
  ],
  links: [{ from: 'a', to: 'b', strength: 0.8 }],
});

function input(s: Story, conflicts: Conflict[] = []): GraphInput {
  const positions = new Map(s.events.map((e, i) => [e.id, { x: e.time * 10, y: i }]));
  return { story: s, marks: conflictMarks(conflicts), positions, fallback: () => ({ x: 0, y: 0 }), weights: new Map([['a', 0.8], ['b', 0.8]]) };
}

describe('the graph projection', () => {
  it('draws each event as a node at its layout position and each link as an arrow whose width follows strength', () => {
    const p = incrementalProjector()(input(story));
    expect(p.byId.get('e:a')).toMatchObject({ group: 'nodes', position: { x: 10, y: 0 }, data: { label: 'Mara sails' } });
    expect(p.byId.get('l:a->b')).toMatchObject({ group: 'edges', data: { source: 'e:a', target: 'e:b', width: 5 }, classes: 'kind-causes' });
    // Causal importance: linked events are drawn larger than an unlinked one.
    expect(Number(p.byId.get('e:a')!.data.size)).toBeGreaterThan(Number(p.byId.get('e:c')!.data.size));
  });

  it('marks conflicting events and links with their category and a count badge', () => {
    const p = incrementalProjector()(input(story, [conflict('temporal-paradox', ['a', 'b'], ['a->b']), conflict('intensity-over-limit', ['b'])]));
    expect(p.byId.get('e:b')).toMatchObject({ classes: 'conflict cat-temporal', data: { label: 'Mara drowns\n⚠2' } });
    expect(p.byId.get('l:a->b')!.classes).toBe('kind-causes conflict cat-temporal');
    expect(p.byId.get('e:c')!.classes).toBe('');
  });

  it('counts one element per event and per link after edits that move, add and remove events', () => {
    const project = incrementalProjector();
    expect(project(input(story)).byId.size).toBe(4);
    // Every event after the first moves (a time edit on the compressed axis): same count, new places.
    const shifted = project({ ...input(story), positions: new Map(story.events.map((e, i) => [e.id, { x: e.time * 10 + (i > 0 ? 7 : 0), y: i }])) });
    expect(shifted.byId.size).toBe(4);
    expect(shifted.byId.get('e:b')!.position).toEqual({ x: 27, y: 1 });
    const grown = storyOf({ events: [...story.events, { id: 'd', title: 'Storm', time: 4 }], links: [...story.links, { from: 'c', to: 'd' }] });
    expect(project(input(grown)).byId.size).toBe(6);
    expect(project(input(story)).byId.size).toBe(4);
  });

  it('after an edit, hands back the very same objects for everything the edit did not touch', () => {
    const project = incrementalProjector();
    const before = project(input(story));
    const edited: Story = { ...story, events: story.events.map((e) => (e.id === 'c' ? { ...e, title: 'Tom keeps waiting' } : e)) };
    const after = project(input(edited));
    expect(after.byId.get('e:a')).toBe(before.byId.get('e:a'));
    expect(after.byId.get('l:a->b')).toBe(before.byId.get('l:a->b'));
    expect(after.byId.get('e:c')).not.toBe(before.byId.get('e:c'));
    expect(after.byId.get('e:c')!.data.label).toBe('Tom keeps waiting');
    // Nothing changed at all: the whole projection is the same object (nothing to patch).
    expect(project(input(edited))).toBe(after);
  });
});

describe('the graph projection after structural edits', () => {
  const many = storyOf({
    events: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, title: `Event ${id}`, time: i })),
    links: [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'e' },
    ],
  });

  /** What the canvas would hold: every element's id, data, classes and position, by id. */
  const content = (p: { byId: ReadonlyMap<string, unknown> }) => new Map([...p.byId].map(([id, def]) => [id, JSON.stringify(def)]));

  const edits: [string, (s: Story) => Story][] = [
    ['an event inserted in the middle', (s) => ({ ...s, events: [...s.events.slice(0, 3), { ...s.events[0]!, id: 'x', title: 'New' }, ...s.events.slice(3)] })],
    ['an event removed from the middle, with its links', (s) => ({ ...s, events: s.events.filter((e) => e.id !== 'c'), links: s.links.filter((l) => l.from !== 'c' && l.to !== 'c') })],
    ['two events swapped', (s) => ({ ...s, events: [s.events[1]!, s.events[0]!, ...s.events.slice(2)] })],
    ['an event appended and the first removed', (s) => ({ ...s, events: [...s.events.slice(1), { ...s.events[0]!, id: 'z', title: 'Last' }] })],
    ['a link added in the middle', (s) => ({ ...s, links: [s.links[0]!, { id: 'a->f', from: 'a', to: 'f', strength: 0.9, kind: 'causes' }, ...s.links.slice(1)] })],
  ];

  for (const [what, change] of edits) {
    it(`after ${what}, holds exactly what a fresh projection of the new story holds, and names every id that differs`, () => {
      const project = incrementalProjector();
      const before = project(input(many));
      const edited = change(many);
      const after = project(input(edited));
      const fresh = incrementalProjector()(input(edited));
      expect(content(after)).toEqual(content(fresh));
      // Every id whose element differs from before is listed in the changes.
      const listed = new Set(after.changes?.ids);
      const ids = new Set([...before.byId.keys(), ...after.byId.keys()]);
      for (const id of ids) if (before.byId.get(id) !== after.byId.get(id)) expect(listed.has(id)).toBe(true);
      expect(after.changes?.base).toBe(before.byId);
    });
  }

  it('names what differs from a projection the canvas holds, across projections it never applied', () => {
    const project = incrementalProjector();
    const applied = project(input(many));
    const rename = (s: Story, id: string): Story => ({ ...s, events: s.events.map((e) => (e.id === id ? { ...e, title: `Renamed ${id}` } : e)) });
    // A projection made in a render React dropped, then the next one, made on from it.
    const dropped = project(input(rename(many, 'b')));
    const next = project(input(rename(rename(many, 'b'), 'd')));
    expect(next.changes?.base).toBe(dropped.byId);
    const since = next.changesSince?.(applied.byId);
    expect(since?.base).toBe(applied.byId);
    expect([...(since?.ids ?? [])].sort()).toEqual(['e:b', 'e:d']);
    expect(next.changesSince?.(next.byId)?.ids).toEqual([]);
    // A map this projector never made: no hint (the canvas then compares every element).
    expect(next.changesSince?.(new Map())).toBeUndefined();
  });

  it('moves an event the layout has not placed when only its stand-in position changes', () => {
    const project = incrementalProjector();
    const base = input(many);
    const positions = new Map([...base.positions].filter(([id]) => id !== 'c'));
    const first = project({ ...base, positions, fallback: () => ({ x: 1, y: 1 }) });
    expect(first.byId.get('e:c')!.position).toEqual({ x: 1, y: 1 });
    const second = project({ ...base, positions, fallback: () => ({ x: 2, y: 3 }) });
    expect(second.byId.get('e:c')!.position).toEqual({ x: 2, y: 3 });
    expect(second.byId.get('e:a')).toBe(first.byId.get('e:a'));
  });

  it('does not revisit the links when only an event changed', () => {
    const project = incrementalProjector();
    const before = project(input(many));
    const after = project(input({ ...many, events: many.events.map((e) => (e.id === 'b' ? { ...e, title: 'Renamed' } : e)) }));
    expect(after.changes?.ids).toEqual(['e:b']);
    expect(after.byId.get('l:a->b')).toBe(before.byId.get('l:a->b'));
  });

  it('draws links that share their two events, and loops, curved; lone links straight', () => {
    const s = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'c' },
      ],
    });
    expect([...sharedPairLinks(s.links)].sort()).toEqual(['a->b', 'b->a', 'c->c']);
    const p = incrementalProjector()(input(s));
    expect(p.byId.get('l:a->b')!.classes).toContain('bundled');
    expect(p.byId.get('l:b->c')!.classes).not.toContain('bundled');
  });
});
