import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../core/edits/apply-edit';
import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import { arbEditOp, arbStory } from '../core/testing/arbitraries';
import { storyOf } from '../core/testing/story-builder';
import { decodeStory, isEncodedStory, StoryEncoder } from './story-codec';

/** A story and a chain of edits, each valid for the story the earlier ones made. */
const storyAndEdits = arbStory({ maxEvents: 14 }).chain((story) => {
  const steps = (s: Story, left: number): fc.Arbitrary<EditOp[]> =>
    left === 0 ? fc.constant([]) : arbEditOp(s, 1).chain((op) => steps(applyEdit(s, op).story, left - 1).map((rest) => [op, ...rest]));
  return fc.tuple(fc.constant(story), fc.integer({ min: 1, max: 6 }).chain((n) => steps(story, n)));
});

function stepsOf(encoder: StoryEncoder, story: Story): number {
  const steps = encoder.steps(story);
  let n = 0;
  while (!steps.next().done) n++;
  return n;
}

describe('stories stored as JSON chunks', () => {
  it('decode to the story that was encoded', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        const encoded = new StoryEncoder(3).encode(story);
        expect(isEncodedStory(encoded)).toBe(true);
        expect(decodeStory(encoded)).toEqual(story);
      }),
      { numRuns: 150 },
    );
  });

  it('an encoder that remembers earlier chunks encodes each edited story exactly as a fresh one does', () => {
    fc.assert(
      fc.property(storyAndEdits, fc.integer({ min: 1, max: 5 }), ([story, ops], chunk) => {
        const kept = new StoryEncoder(chunk);
        let current = story;
        kept.encode(current);
        for (const op of ops) {
          current = applyEdit(current, op).story;
          const encoded = kept.encode(current);
          expect(encoded).toEqual(new StoryEncoder(chunk).encode(current));
          expect(decodeStory(encoded)).toEqual(current);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('after an edit of one event, makes only that event’s chunk again', () => {
    const story = storyOf({ events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, time: i })) });
    const encoder = new StoryEncoder(8);
    expect(stepsOf(encoder, story)).toBe(5);
    const edited = applyEdit(story, { kind: 'set-event-field', eventId: 'e17', field: 'intensity', value: 0.9 }).story;
    expect(stepsOf(encoder, edited)).toBe(1);
    expect(stepsOf(encoder, edited)).toBe(0);
    expect(decodeStory(encoder.encode(edited)).events[17]!.intensity).toBe(0.9);
  });

  it('keeps the story’s fields in their order', () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }], links: [{ from: 'a', to: 'b' }] });
    expect(Object.keys(decodeStory(new StoryEncoder().encode(story)))).toEqual(Object.keys(story));
  });
});
