import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { loadStory } from '../story/load-story';
import { storyOf } from '../testing/story-builder';
import { applyEdit } from './apply-edit';
import { newEvent, newLink, ops } from './ops';

describe('op builders', () => {
  it('fill the same defaults as the loader does for a file that leaves them out', () => {
    const result = loadStory({
      format: 'nao-story',
      version: 1,
      title: 'Defaults',
      events: [
        { id: 'a', title: 'A', scale: 'scene', time: 0 },
        { id: 'b', title: 'B', scale: 'arc', time: 2 },
      ],
      links: [{ from: 'a', to: 'b' }],
    });
    if (!result.ok) throw new Error('must load');
    expect(result.story.events).toEqual([newEvent({ id: 'a', title: 'A', scale: 'scene', time: 0 }), newEvent({ id: 'b', title: 'B', scale: 'arc', time: 2 })]);
    expect(result.story.links).toEqual([newLink({ from: 'a', to: 'b' })]);
    expect(newLink({ from: 'a', to: 'b' })).toEqual({ id: 'a->b', from: 'a', to: 'b', strength: 0.5, kind: 'causes' });
  });

  it('give each new event its own lists, so editing one never changes another', () => {
    const first = newEvent({ id: 'a', title: 'A', scale: 'scene', time: 0 });
    const second = newEvent({ id: 'b', title: 'B', scale: 'scene', time: 0 });
    expect(first.participants).not.toBe(second.participants);
    expect(first.themes).not.toBe(second.themes);
  });

  it('build ops that apply: add an event and a link, then undo both in one batch', () => {
    const story: Story = storyOf({ events: [{ id: 'a' }] });
    const batch = ops.batch([ops.addEvent(newEvent({ id: 'b', title: 'Storm', scale: 'scene', time: 1 })), ops.addLink(newLink({ from: 'a', to: 'b' })), ops.setEventField('b', 'intensity', 0.4)]);
    const { story: next, inverse } = applyEdit(story, batch);
    expect(next.events.map((e) => [e.id, e.intensity])).toEqual([['a', 0], ['b', 0.4]]);
    expect(next.links.map((l) => l.id)).toEqual(['a->b']);
    expect(applyEdit(next, inverse).story).toStrictEqual(story);
  });

  it('leave out an index that is not given (the op matches what the file-level ops carry)', () => {
    expect(ops.addTag('a', 'recovery')).toEqual({ kind: 'add-tag', eventId: 'a', tag: 'recovery' });
    expect('index' in ops.addTag('a', 'recovery')).toBe(false);
    expect(ops.addTag('a', 'recovery', 0)).toEqual({ kind: 'add-tag', eventId: 'a', tag: 'recovery', index: 0 });
  });
});
