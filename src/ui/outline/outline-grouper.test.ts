import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import { filterOutline, NO_FILTERS } from './filter-events';
import { outlineGrouper } from './outline-grouper';

const SCALES = ['scene', 'arc', 'world', 'saga'];
const base = storyOf({
  events: Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: i % 3 === 0 ? `Storm ${i}` : `Calm ${i}`, time: (i * 7) % 11, scale: SCALES[i % 4]! })),
});

/** An edit as the Inspector makes one: a replaced event (time, scale or title), or an event added or removed. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('time' as const), at: fc.nat(29), v: fc.integer({ min: -3, max: 14 }) }),
  fc.record({ kind: fc.constant('scale' as const), at: fc.nat(29), v: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(29), v: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(29), v: fc.integer({ min: 0, max: 12 }) }),
);

function apply(events: readonly StoryEvent[], e: { kind: string; at: number; v: number }, n: number): StoryEvent[] {
  const next = [...events];
  const at = e.at % Math.max(1, next.length);
  if (e.kind === 'time' && next[at]) next[at] = { ...next[at]!, time: e.v };
  else if (e.kind === 'scale' && next[at]) next[at] = { ...next[at]!, scale: SCALES[e.v]! };
  else if (e.kind === 'remove' && next.length > 1) next.splice(at, 1);
  else if (e.kind === 'add') next.splice(at, 0, { ...base.events[0]!, id: `new${n}`, title: `Storm new ${n}`, time: e.v });
  return next;
}

describe('the outline grouped again after an edit', () => {
  it('lists exactly what grouping from scratch lists, after any sequence of edits, with or without a filter', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), fc.boolean(), (edits, filtered) => {
        const group = outlineGrouper();
        const filters = filtered ? { ...NO_FILTERS, text: 'storm' } : NO_FILTERS;
        let story = base;
        expect(group(story, filters, new Set())).toEqual(filterOutline(story, filters, new Set()));
        edits.forEach((e, n) => {
          story = { ...story, events: apply(story.events, e, n) };
          expect(group(story, filters, new Set())).toEqual(filterOutline(story, filters, new Set()));
        });
      }),
      { numRuns: 200 },
    );
  });
});
