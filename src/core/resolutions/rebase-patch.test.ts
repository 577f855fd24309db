import fc from 'fast-check';
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

  it('lines up random inserts and removals as a plain list of ids does', () => {
    const ids = ['a', 'b', 'c', 'd'];
    // Each patch: inserts at positions of its own story and removals of base events, in any order.
    const arbOp = fc.oneof(
      fc.record({ insert: fc.nat(8), append: fc.boolean() }),
      fc.record({ remove: fc.constantFrom(...ids) }),
    );
    let fresh = 0;
    const toPatch = (spec: readonly ({ insert: number; append: boolean } | { remove: string })[]): EditOp[] => {
      let length = ids.length;
      const removed = new Set<string>();
      const patch: EditOp[] = [];
      for (const s of spec) {
        if ('remove' in s) {
          if (removed.has(s.remove)) continue;
          removed.add(s.remove);
          length--;
          patch.push({ kind: 'remove-event', eventId: s.remove });
        } else {
          const id = `n${fresh++}`;
          patch.push(s.append ? { kind: 'add-event', event: event(id) } : { kind: 'add-event', event: event(id), index: Math.min(s.insert, length) });
          length++;
        }
      }
      return patch;
    };
    fc.assert(
      fc.property(fc.array(fc.array(arbOp, { maxLength: 4 }), { maxLength: 5 }), (specs) => {
        const patches = specs.map(toPatch);
        const rebaser = new PatchRebaser(story);
        const reference = new ListRebaser(story.events.map((e) => e.id));
        for (const patch of patches) expect(rebaser.rebase(patch)).toEqual(reference.rebase(patch));
      }),
      { numRuns: 300 },
    );
  });
});

/** The rebasing rule on plain lists of ids, copied and searched whole: the reference for the faster PatchRebaser. */
class ListRebaser {
  private readonly combined: string[];

  constructor(private readonly base: readonly string[]) {
    this.combined = [...base];
  }

  rebase(patch: readonly EditOp[]): readonly EditOp[] {
    if (!patch.some((op) => op.kind === 'add-event' || op.kind === 'remove-event')) return patch;
    const own = [...this.base];
    return patch.map((op) => {
      if (op.kind === 'add-event') {
        const at = op.index ?? own.length;
        const anchor = own[at];
        own.splice(at, 0, op.event.id);
        const found = anchor === undefined ? this.combined.length : this.combined.indexOf(anchor);
        const index = found >= 0 ? found : Math.min(at, this.combined.length);
        this.combined.splice(index, 0, op.event.id);
        return op.index === undefined && anchor === undefined ? op : { ...op, index };
      }
      if (op.kind === 'remove-event') {
        const k = own.indexOf(op.eventId);
        if (k >= 0) own.splice(k, 1);
        const c = this.combined.indexOf(op.eventId);
        if (c >= 0) this.combined.splice(c, 1);
      }
      return op;
    });
  }
}
