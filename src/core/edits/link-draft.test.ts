import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryLink } from '../model/story';
import { LinkDraft } from './link-draft';

const EVENTS = ['a', 'b', 'c', 'd'];
const link = (id: string, k: number): StoryLink => ({ id, from: EVENTS[k % 4]!, to: EVENTS[(k >> 2) % 4]!, strength: 0.5, kind: 'causes' });
const exists = (): boolean => true;

/** A step against the draft and a plain array: remove the n-th link, insert a new one at a position, or ask for an event's links. */
type Step = { readonly kind: 'remove'; readonly pick: number } | { readonly kind: 'insert'; readonly at: number; readonly ends: number } | { readonly kind: 'touching'; readonly event: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ends: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('touching' as const), event: fc.nat({ max: 3 }) }),
);

describe('the link draft of a batch', () => {
  it('keeps the list, each inverse and each event’s links as a plain list edited in place would', () => {
    fc.assert(
      fc.property(fc.nat({ max: 12 }), fc.array(step, { maxLength: 60 }), (size, steps) => {
        const base = Array.from({ length: size }, (_, k) => link(`l${k}`, k));
        const draft = new LinkDraft(base);
        const model = base.slice();
        let fresh = 0;
        for (const s of steps) {
          if (s.kind === 'remove') {
            if (model.length === 0) continue;
            const i = s.pick % model.length;
            const gone = model[i]!;
            // The inverse puts the link back where it was.
            expect(draft.remove(gone.id)).toEqual({ kind: 'add-link', link: gone, index: i });
            model.splice(i, 1);
          } else if (s.kind === 'insert') {
            const at = s.at % (model.length + 1);
            const added = link(`n${fresh++}`, s.ends);
            expect(draft.insert({ kind: 'add-link', link: added, index: at }, exists)).toEqual({ kind: 'remove-link', linkId: added.id });
            model.splice(at, 0, added);
          } else {
            const id = EVENTS[s.event]!;
            const expected = model.flatMap((l, index) => (l.from === id || l.to === id ? [{ link: l, index }] : []));
            expect(draft.touching(id)).toEqual(expected);
          }
          expect(draft.length).toBe(model.length);
        }
        expect(draft.list()).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an unknown or removed link, a taken id and a position past the end, naming each', () => {
    const draft = new LinkDraft([link('l0', 0), link('l1', 1)]);
    draft.remove('l0');
    expect(() => draft.remove('l0')).toThrow('unknown link id "l0"');
    expect(() => draft.insert({ kind: 'add-link', link: link('l1', 2) }, exists)).toThrow('a link with id "l1" already exists');
    expect(() => draft.insert({ kind: 'add-link', link: link('l2', 2), index: 3 }, exists)).toThrow('link index must be a whole number from 0 to 1, got 3');
    expect(draft.list().map((l) => l.id)).toEqual(['l1']);
  });

  it('hands back the very list it started from while nothing changed', () => {
    const base = [link('l0', 0)];
    expect(new LinkDraft(base).list()).toBe(base);
  });
});
