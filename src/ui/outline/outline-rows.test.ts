import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../core/model/story';
import { outlineRows } from './outline-rows';

const ev = (id: string): StoryEvent => ({ id, title: id, scale: 's', time: 0, duration: 0, participants: [], themes: {}, intensity: 0, tags: [], effects: {} });

describe('outlineRows', () => {
  it('puts each scale heading before its events and numbers the events across groups', () => {
    const r = outlineRows([
      { scale: 'scene', label: 'Scene', events: [ev('a'), ev('b')], total: 3 },
      { scale: 'arc', label: 'Arc', events: [], total: 2 },
      { scale: 'saga', label: 'Saga', events: [ev('c')], total: 1 },
    ]);
    expect(r.rows.map((x) => (x.kind === 'head' ? `#${x.label} ${x.shown}/${x.total}` : x.event.id))).toEqual(['#Scene 2/3', 'a', 'b', '#Arc 0/2', '#Saga 1/1', 'c']);
    expect(r.eventIds).toEqual(['a', 'b', 'c']);
    expect(r.indexOf.get('c')).toBe(5);
    expect(r.headOf).toEqual([0, 0, 0, 3, 4, 4]);
    expect(r.rows.filter((x) => x.kind === 'event').map((x) => (x.kind === 'event' ? x.position : 0))).toEqual([1, 2, 3]);
  });
});
