import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { dataDifference } from '../testing/same-data';
import { storyOf } from '../testing/story-builder';
import { sameIdsPatch, sameIdsStory } from './same-ids-patch';

/** Links removed, an event inserted, links added (to it or between events), and a few other edits in between. */
const storyAndPatch = arbStory()
  .filter((story) => story.events.length > 0 && story.links.length > 0)
  .chain((story) => {
    const n = story.events.length;
    const end = fc.oneof(fc.nat(n - 1), fc.constant(-1));
    return fc
      .record({
        removed: fc.uniqueArray(fc.nat(story.links.length - 1), { minLength: 0, maxLength: 2 }),
        insert: fc.option(fc.record({ like: fc.nat(n - 1), time: fc.constantFrom(...story.events.map((e) => e.time), 99), at: fc.nat(n) }), { nil: undefined }),
        added: fc.array(fc.record({ from: end, to: end }), { maxLength: 3 }),
        edits: fc.array(arbEditOp(story, 0), { maxLength: 2 }),
      })
      .map(({ removed, insert, added, edits }) => {
        const patch: EditOp[] = removed.map((j) => ({ kind: 'remove-link', linkId: story.links[j]!.id }));
        if (insert) patch.push({ kind: 'add-event', event: { ...story.events[insert.like]!, id: 'new-event', time: insert.time }, index: insert.at });
        const idOf = (k: number): string => (k >= 0 ? story.events[k]! : insert ? { id: 'new-event' } : story.events[0]!).id;
        added.forEach(({ from, to }, k) => {
          patch.push({ kind: 'add-link', link: { id: `new-link-${k}`, from: idOf(from), to: idOf(to), strength: 0.5, kind: 'causes' } });
        });
        patch.push(...edits);
        return { story, patch };
      });
  });

function applies(story: Story, patch: readonly EditOp[]): Story | undefined {
  try {
    return applyEdits(story, patch).story;
  } catch {
    return undefined;
  }
}

describe('a patch rewritten for the same conflict ids', () => {
  it('makes, read off the patched story, the story that applying it makes', () => {
    let rewritten = 0;
    fc.assert(
      fc.property(storyAndPatch, ({ story, patch }) => {
        const after = applies(story, patch);
        const same = sameIdsPatch(patch);
        if (!after || !same) return;
        rewritten++;
        expect(dataDifference(sameIdsStory(story, after, same), applyEdits(story, same.patch).story)).toBeNull();
      }),
      { numRuns: 300 },
    );
    expect(rewritten).toBeGreaterThan(50);
  });

  it('moves a removed link to the ends of the link added after it, and appends an inserted event', () => {
    const story = storyOf({ events: [{ id: 'a', time: 0 }, { id: 'c', time: 2 }], links: [{ from: 'a', to: 'c' }] });
    const linkId = story.links[0]!.id;
    const bridge = { ...story.events[0]!, id: 'b', time: 1 };
    const patch: EditOp[] = [
      { kind: 'remove-link', linkId },
      { kind: 'add-event', event: bridge, index: 1 },
      { kind: 'add-link', link: { id: 'a->b', from: 'a', to: 'b', strength: 0.5, kind: 'causes' } },
      { kind: 'add-link', link: { id: 'b->c', from: 'b', to: 'c', strength: 0.5, kind: 'causes' } },
    ];
    const seen = sameIdsStory(story, applyEdits(story, patch).story, sameIdsPatch(patch)!);
    expect(seen.events.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(seen.links.map((l) => [l.id, l.from, l.to])).toEqual([
      [linkId, 'a', 'b'],
      ['b->c', 'b', 'c'],
    ]);
  });

  it('is not made for a removed link without an added one to take its place', () => {
    const story = storyOf({ events: [{ id: 'a' }, { id: 'c', time: 2 }], links: [{ from: 'a', to: 'c' }] });
    expect(sameIdsPatch([{ kind: 'remove-link', linkId: story.links[0]!.id }])).toBeUndefined();
  });
});
