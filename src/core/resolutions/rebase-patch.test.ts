import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { StoryEvent } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { PatchRebaser } from './rebase-patch';

const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] });
const event = (id: string): StoryEvent => ({ ...story.events[0]!, id, title: id });
const order = (ops: readonly EditOp[]) => applyEdits(story, ops).story.events.map((e) => e.id);

describe('lining up patches made for the same story', () => {
  it('puts each insert before the event it was placed before, whatever was inserted earlier', () => {
    // Both patches were made for the unpatched story: x before b; y before d, then z right after y.
    const first: EditOp[] = [{ kind: 'add-event', event: event('x'), index: 1 }];
    const second: EditOp[] = [
      { kind: 'add-event', event: event('y'), index: 3 },
      { kind: 'add-event', event: event('z'), index: 4 },
    ];
    // Applied as they are, x shifts y and z one place too early, before c.
    expect(order([...first, ...second])).toEqual(['a', 'x', 'b', 'y', 'z', 'c', 'd']);
    const rebaser = new PatchRebaser(story);
    const lined = [...rebaser.rebase(first), ...rebaser.rebase(second)];
    expect(order(lined)).toEqual(['a', 'x', 'b', 'c', 'y', 'z', 'd']);
  });

  it('keeps appends at the end and leaves patches without inserts as they are', () => {
    const rebaser = new PatchRebaser(story);
    const intensity: EditOp[] = [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.2 }];
    expect(rebaser.rebase(intensity)).toBe(intensity);
    const append: EditOp[] = [{ kind: 'add-event', event: event('x') }];
    const early: EditOp[] = [{ kind: 'add-event', event: event('y'), index: 0 }];
    const lined = [...rebaser.rebase(early), ...rebaser.rebase(append)];
    expect(order(lined)).toEqual(['y', 'a', 'b', 'c', 'd', 'x']);
  });
});
