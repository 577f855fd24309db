import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../core/edits/apply-edit';
import { ops } from '../core/edits/ops';
import { arbEditOp, arbStory } from '../core/testing/arbitraries';
import { storyOf } from '../core/testing/story-builder';
import { prunedSelection } from './selection-pruning';

const story = storyOf({
  events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  links: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
  ],
});

describe('the selection after an edit', () => {
  it('loses a removed event and the links that went with it, and keeps the rest', () => {
    const op = ops.removeEvent('a');
    const next = applyEdit(story, op).story;
    expect(prunedSelection({ events: ['a', 'c'], links: ['a->b', 'b->c'] }, next, [op])).toEqual({ events: ['c'], links: ['b->c'] });
  });

  it('keeps an event a batch removed and added back', () => {
    const event = story.events[0]!;
    const op = { kind: 'batch' as const, ops: [ops.removeEvent('a'), ops.addEvent(event)] };
    const next = applyEdit(story, op).story;
    expect(prunedSelection({ events: ['a'], links: [] }, next, [op])).toBeNull();
  });

  it('is what looking every selected id up gives, after any edit', () => {
    fc.assert(
      fc.property(
        arbStory({ maxEvents: 8 }).chain((s) =>
          fc.tuple(
            fc.constant(s),
            arbEditOp(s),
            fc.subarray(s.events.map((e) => e.id)),
            fc.subarray(s.links.map((l) => l.id)),
          ),
        ),
        ([before, op, events, links]) => {
          const next = applyEdit(before, op).story;
          expect(prunedSelection({ events, links }, next, [op])).toEqual(prunedSelection({ events, links }, next));
        },
      ),
      { numRuns: 300 },
    );
  });
});
