import { describe, expect, it } from 'vitest';
import { applyEdit } from './apply-edit';
import type { EditOp } from './edit-op';
import { newEvent } from './ops';
import { opTargets, targetsOverlap } from './op-targets';
import { storyOf } from '../testing/story-builder';

const rename = (id: string, title: string): EditOp => ({ kind: 'set-event-field', eventId: id, field: 'title', value: title });
const overlap = (a: EditOp, b: EditOp): boolean => targetsOverlap(opTargets(a), opTargets(b));

describe('what an edit writes', () => {
  it('two renames of one event overlap; a rename and an intensity change of it do not, nor renames of two events', () => {
    expect(overlap(rename('a', 'X'), rename('a', 'Y'))).toBe(true);
    expect(overlap(rename('a', 'X'), { kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.5 })).toBe(false);
    expect(overlap(rename('a', 'X'), rename('ab', 'Y'))).toBe(false);
  });

  it('removing an event overlaps every change of it, inside a batch too', () => {
    expect(overlap({ kind: 'remove-event', eventId: 'a' }, { kind: 'batch', ops: [rename('b', 'B'), { kind: 'add-tag', eventId: 'a', tag: 't' }] })).toBe(true);
    expect(overlap({ kind: 'remove-event', eventId: 'a' }, { kind: 'add-tag', eventId: 'b', tag: 't' })).toBe(false);
  });

  it("an edit and the inverse apply-edit gives for it write the same things (so an undo step's keys are its edit's)", () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'b' }], links: [{ from: 'a', to: 'b' }] });
    const edits: EditOp[] = [
      rename('a', 'New'),
      { kind: 'set-theme', eventId: 'a', theme: 'hope', intensity: 0.4 },
      { kind: 'add-event', event: newEvent({ id: 'c', title: 'C', scale: story.scales[0]!.id, time: 3 }) },
      { kind: 'set-therapy', field: 'maxIntensity', value: 0.5 },
    ];
    for (const op of edits) {
      const { inverse } = applyEdit(story, op);
      expect(targetsOverlap(opTargets(op), opTargets(inverse)), op.kind).toBe(true);
    }
  });
});
