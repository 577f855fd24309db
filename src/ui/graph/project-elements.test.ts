import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { conflictMarks } from './conflict-marks';
import { incrementalProjector, type GraphInput } from './project-elements';

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
    expect(p.byId.get('a')).toMatchObject({ group: 'nodes', position: { x: 10, y: 0 }, data: { label: 'Mara sails' } });
    expect(p.byId.get('a->b')).toMatchObject({ group: 'edges', data: { source: 'a', target: 'b', width: 5 }, classes: 'kind-causes' });
    // Causal importance: linked events are drawn larger than an unlinked one.
    expect(Number(p.byId.get('a')!.data.size)).toBeGreaterThan(Number(p.byId.get('c')!.data.size));
  });

  it('marks conflicting events and links with their category and a count badge', () => {
    const p = incrementalProjector()(input(story, [conflict('temporal-paradox', ['a', 'b'], ['a->b']), conflict('intensity-over-limit', ['b'])]));
    expect(p.byId.get('b')).toMatchObject({ classes: 'conflict cat-temporal', data: { label: 'Mara drowns ⚠2' } });
    expect(p.byId.get('a->b')!.classes).toBe('kind-causes conflict cat-temporal');
    expect(p.byId.get('c')!.classes).toBe('');
  });

  it('after an edit, hands back the very same objects for everything the edit did not touch', () => {
    const project = incrementalProjector();
    const before = project(input(story));
    const edited: Story = { ...story, events: story.events.map((e) => (e.id === 'c' ? { ...e, title: 'Tom keeps waiting' } : e)) };
    const after = project(input(edited));
    expect(after.byId.get('a')).toBe(before.byId.get('a'));
    expect(after.byId.get('a->b')).toBe(before.byId.get('a->b'));
    expect(after.byId.get('c')).not.toBe(before.byId.get('c'));
    expect(after.byId.get('c')!.data.label).toBe('Tom keeps waiting');
    // Nothing changed at all: the whole projection is the same object (nothing to patch).
    expect(project(input(edited))).toBe(after);
  });
});
