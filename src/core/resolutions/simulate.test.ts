import fc from 'fast-check';
import { FIXTURE_NAMES, loadFixture } from '../testing/fixture-stories';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { storyOf } from '../testing/story-builder';
import { generatorFor } from './generators';
import { patchIndex } from '../incremental/patch-index';
import { diffStories } from '../incremental/story-diff';
import { simulatePatch } from './simulate';

/** What a patch does, by a full analysis of the patched story: the reference the shortcut must match. */
function fullEffect(story: Story, patch: readonly EditOp[]) {
  const before = detectConflicts(buildStoryIndex(story));
  const after = detectConflicts(buildStoryIndex(applyEdits(story, patch).story));
  const beforeIds = new Set(before.map((c) => c.id));
  const afterIds = new Set(after.map((c) => c.id));
  return {
    resolves: before.filter((c) => !afterIds.has(c.id)).map((c) => c.id),
    introduces: after.filter((c) => !beforeIds.has(c.id)),
  };
}

/** The simulation given the story's index, which takes the shortcut whenever the patch allows it. */
function quickEffect(story: Story, patch: readonly EditOp[]) {
  const ix = buildStoryIndex(story);
  const effect = simulatePatch(story, patch, detectConflicts(ix), ix)!;
  return { resolves: effect.resolves, introduces: effect.introduces };
}

const fixtures = FIXTURE_NAMES;
const load = loadFixture;

/** The index patched from the story's, when the patch allows it (as simulatePatch does). */
function patchedIndex(story: Story, patch: readonly EditOp[]) {
  const after = applyEdits(story, patch).story;
  const diff = diffStories(story, after, Infinity);
  const patched = diff && patchIndex(buildStoryIndex(story), after, diff);
  // The event index of appended events layers them over the old one: compared by its entries.
  return patched && { ...patched, eventIndex: new Map(patched.eventIndex) };
}

describe('simulating a patch from the story index', () => {
  it('finds the conflicts a tighter threshold brings, as a full analysis does', () => {
    const story = storyOf({ events: [{ id: 'a', intensity: 0.1 }, { id: 'b', time: 1, intensity: 0.4 }] });
    const patch: EditOp[] = [{ kind: 'set-therapy', field: 'maxIntensityStep', value: 0.2 }];
    expect(quickEffect(story, patch).introduces.map((c) => c.id)).toEqual(fullEffect(story, patch).introduces.map((c) => c.id));
    expect(fullEffect(story, patch).introduces.map((c) => c.id)).toEqual(['intensity-spike:a+b']);
  });

  it('sees a motive go when its cause loses the character (motivation reads the sources of links)', () => {
    const story = storyOf({
      events: [
        { id: 'doubt', time: 0, effects: { ana: { traits: { courage: 0.1 } } } },
        { id: 'pep-talk', time: 1, participants: ['ana'] },
        { id: 'charge', time: 2, effects: { ana: { traits: { courage: 0.9 } } } },
      ],
      links: [{ from: 'pep-talk', to: 'charge' }],
    });
    const patch: EditOp[] = [{ kind: 'remove-participant', eventId: 'pep-talk', character: 'ana' }];
    expect(quickEffect(story, patch).introduces.map((c) => c.id)).toEqual(['trait-swing:charge+doubt']);
    expect(quickEffect(story, patch)).toEqual(fullEffect(story, patch));
  });

  it('patches an index into the one a fresh build gives', () => {
    const story = storyOf({ events: [{ id: 'a', time: 2 }, { id: 'b', time: 1 }, { id: 'c', time: 1 }], links: [{ from: 'b', to: 'a' }] });
    const moves: EditOp[][] = [
      [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.9 }],
      [{ kind: 'set-event-field', eventId: 'a', field: 'time', value: 1 }],
      [{ kind: 'set-event-field', eventId: 'c', field: 'time', value: 0 }],
      [{ kind: 'set-link-field', linkId: 'b->a', field: 'to', value: 'c' }],
    ];
    for (const patch of moves) expect(patchedIndex(story, patch)).toEqual(buildStoryIndex(applyEdits(story, patch).story));
  });

  it.each(fixtures)('claims what a full analysis finds, for every candidate fix of the %s fixture', (name) => {
    const story = load(name);
    const ix = buildStoryIndex(story);
    for (const conflict of detectConflicts(ix)) {
      for (const candidate of generatorFor(conflict.type)({ story, ix, conflict })) {
        expect(quickEffect(story, candidate.patch), `${conflict.id}: ${candidate.description}`).toEqual(fullEffect(story, candidate.patch));
      }
    }
  });

  it('claims what a full analysis finds, for random edits of random stories', () => {
    const storyAndOp = arbStory().chain((story) =>
      story.events.length === 0 ? fc.constant(null) : arbEditOp(story).map((op) => ({ story, op })),
    );
    fc.assert(
      fc.property(storyAndOp, (pair) => {
        if (!pair) return;
        const { story, op } = pair;
        expect(quickEffect(story, [op])).toEqual(fullEffect(story, [op]));
        const patched = patchedIndex(story, [op]);
        if (patched) expect(patched).toEqual(buildStoryIndex(applyEdits(story, [op]).story));
      }),
      { numRuns: 400 },
    );
  });
  it('claims what a full analysis finds, for events inserted or appended with links to them', () => {
    const storyAndPatch = arbStory()
      .filter((story) => story.events.length > 0)
      .chain((story) => {
        const n = story.events.length;
        const time = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(...story.events.map((e) => e.time)));
        const link = fc.record({ other: fc.nat(n - 1), out: fc.boolean() });
        return fc
          .record({ like: fc.nat(n - 1), effectsOf: fc.nat(n - 1), time, at: fc.option(fc.nat(n), { nil: undefined }), links: fc.array(link, { maxLength: 3 }) })
          .map(({ like, effectsOf, time, at, links }) => {
            const event = { ...story.events[like]!, id: 'new-event', time, effects: story.events[effectsOf]!.effects };
            const patch: EditOp[] = [at === undefined ? { kind: 'add-event', event } : { kind: 'add-event', event, index: at }];
            links.forEach(({ other, out }, k) => {
              const end = story.events[other]!.id;
              const [from, to] = out ? ['new-event', end] : [end, 'new-event'];
              patch.push({ kind: 'add-link', link: { id: `new-link-${k}`, from, to, strength: 0.5, kind: 'causes' } });
            });
            return { story, patch };
          });
      });
    fc.assert(
      fc.property(storyAndPatch, ({ story, patch }) => {
        expect(quickEffect(story, patch)).toEqual(fullEffect(story, patch));
      }),
      { numRuns: 300 },
    );
  });

  it('claims what a full analysis finds, for links removed and others added (a bridge in their place)', () => {
    const storyAndPatch = arbStory()
      .filter((story) => story.events.length > 0 && story.links.length > 0)
      .chain((story) => {
        const n = story.events.length;
        const time = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(...story.events.map((e) => e.time)));
        const end = fc.oneof(fc.nat(n - 1), fc.constant(-1));
        return fc
          .record({
            removed: fc.uniqueArray(fc.nat(story.links.length - 1), { minLength: 1, maxLength: 2 }),
            insert: fc.option(fc.record({ like: fc.nat(n - 1), time, at: fc.nat(n) }), { nil: undefined }),
            added: fc.array(fc.record({ from: end, to: end }), { maxLength: 3 }),
          })
          .map(({ removed, insert, added }) => {
            const patch: EditOp[] = removed.map((j) => ({ kind: 'remove-link', linkId: story.links[j]!.id }));
            if (insert) patch.push({ kind: 'add-event', event: { ...story.events[insert.like]!, id: 'new-event', time: insert.time }, index: insert.at });
            // -1 is the inserted event, or the first event when there is none.
            const idOf = (k: number): string => (k >= 0 ? story.events[k]! : insert ? { id: 'new-event' } : story.events[0]!).id;
            added.forEach(({ from, to }, k) => {
              patch.push({ kind: 'add-link', link: { id: `new-link-${k}`, from: idOf(from), to: idOf(to), strength: 0.5, kind: 'causes' } });
            });
            return { story, patch };
          });
      });
    fc.assert(
      fc.property(storyAndPatch, ({ story, patch }) => {
        expect(quickEffect(story, patch)).toEqual(fullEffect(story, patch));
      }),
      { numRuns: 300 },
    );
  });
});
