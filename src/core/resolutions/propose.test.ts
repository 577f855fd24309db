import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import type { Conflict, ConflictType } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { proposeResolutions } from './propose';
import type { ProposalKind } from './proposal';

function conflicts(story: Story): Conflict[] {
  return detectConflicts(buildStoryIndex(story));
}

function theConflict(story: Story, type: ConflictType): Conflict {
  const found = conflicts(story).filter((c) => c.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Each type: a small story with exactly one conflict of that type, and the kinds the spec asks for. */
const cases: { type: ConflictType; kinds: ProposalKind[]; story: Story }[] = [
  {
    type: 'causal-cycle',
    kinds: ['remove-link'],
    story: storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [
        { from: 'a', to: 'b', strength: 0.6 },
        { from: 'b', to: 'c', strength: 0.3 },
        { from: 'c', to: 'a', strength: 0.9 },
      ],
    }),
  },
  {
    type: 'temporal-paradox',
    kinds: ['move-effect-after-cause', 'remove-link'],
    story: storyOf({
      events: [
        { id: 'storm', title: 'The storm breaks', time: 5 },
        { id: 'flood', title: 'The harbor floods', time: 4 },
      ],
      links: [{ from: 'storm', to: 'flood' }],
    }),
  },
  {
    type: 'scale-jump',
    kinds: ['insert-bridge-event'],
    story: storyOf({
      events: [
        { id: 's', title: 'Mara lies to Tom', time: 1 },
        { id: 'w', title: 'The village loses faith', scale: 'world', time: 1.5 },
      ],
      links: [{ from: 's', to: 'w', strength: 0.6 }],
    }),
  },
  {
    type: 'causal-gap',
    kinds: ['insert-intermediate-event', 'move-effect-earlier'],
    story: storyOf({
      events: [
        { id: 'k', title: 'Mara hides the key', time: 0 },
        { id: 'f', title: 'Tom finds the key', time: 5 },
      ],
      links: [{ from: 'k', to: 'f' }],
    }),
  },
  {
    type: 'exited-character',
    kinds: ['remove-participant', 'move-before-exit'],
    story: storyOf({
      events: [
        { id: 'd', title: 'Bram drowns', time: 1, participants: ['bram'], effects: { bram: { alive: false } } },
        { id: 'w', title: 'Bram walks the cliffs', time: 3, participants: ['bram'] },
      ],
    }),
  },
  {
    type: 'bilocation',
    kinds: ['move-after-end', 'same-location'],
    story: storyOf({
      events: [
        { id: 'p', title: 'Kofi mends nets', time: 1, duration: 2, participants: ['kofi'], location: 'harbor' },
        { id: 'q', title: 'Kofi climbs the cliffs', time: 2, participants: ['kofi'], location: 'cliffs' },
      ],
    }),
  },
  {
    type: 'trait-swing',
    kinds: ['insert-motivating-event'],
    story: storyOf({
      events: [
        { id: 'p', title: 'Mara hesitates', time: 1, participants: ['mara'], effects: { mara: { traits: { courage: 0.2 } } } },
        { id: 'q', title: 'Mara charges the storm', time: 2, effects: { mara: { traits: { courage: 0.9 } } } },
      ],
    }),
  },
  {
    type: 'relationship-flip',
    kinds: ['insert-motivating-event'],
    story: storyOf({
      events: [
        { id: 'p', title: 'Kofi and Ayla swear friendship', time: 1, effects: { kofi: { relationships: { ayla: 'friend' } } } },
        { id: 'q', title: 'Kofi curses Ayla', time: 2, effects: { kofi: { relationships: { ayla: 'enemy' } } } },
      ],
    }),
  },
  {
    type: 'theme-contradiction',
    kinds: ['add-bridge-theme'],
    story: storyOf({
      events: [
        { id: 'a', title: 'Mara lights the lamp', time: 1, themes: { hope: 0.7 } },
        { id: 'b', title: 'The village despairs', scale: 'arc', time: 1.5, themes: { despair: 0.6 } },
      ],
      links: [{ from: 'a', to: 'b' }],
    }),
  },
  {
    type: 'theme-jump',
    kinds: ['lower-theme-intensity'],
    story: storyOf({
      events: [
        { id: 'a', title: 'Mara begins to heal', time: 1, themes: { healing: 0.1 } },
        { id: 'b', title: 'Mara is whole again', time: 2, themes: { healing: 0.9 } },
      ],
    }),
  },
  {
    type: 'intensity-over-limit',
    kinds: ['cap-intensity'],
    story: storyOf({ events: [{ id: 'a', title: 'The wreck', intensity: 0.9 }, { id: 'b', time: 1, intensity: 0.1 }] }),
  },
  {
    type: 'no-recovery',
    kinds: ['insert-recovery-event'],
    story: storyOf({
      events: [
        { id: 'a', title: 'Calm', time: 0, intensity: 0.4 },
        { id: 'b', title: 'The fire', time: 1, intensity: 0.75 },
        { id: 'c', title: 'Smoke', time: 2, intensity: 0.6 },
        { id: 'd', title: 'Ash', time: 3, intensity: 0.5 },
        { id: 'e', title: 'Embers', time: 4, intensity: 0.4 },
        { id: 'f', title: 'Rain', time: 5, intensity: 0.2 },
      ],
    }),
  },
  {
    type: 'intensity-spike',
    kinds: ['lower-intensity', 'insert-step-event'],
    story: storyOf({
      events: [
        { id: 'a', title: 'Quiet morning', time: 1, intensity: 0.1 },
        { id: 'b', title: 'Sudden attack', time: 2, intensity: 0.6 },
      ],
    }),
  },
  {
    type: 'avoided-theme',
    kinds: ['remove-theme'],
    story: storyOf({
      events: [{ id: 'a', title: 'A dark thought', themes: { self_harm: 0.3, grief: 0.2 } }],
      therapy: { avoid: ['self_harm'] },
    }),
  },
  {
    type: 'unsupported-arc',
    kinds: ['link-from-finer-event', 'mark-premise'],
    story: storyOf({
      events: [
        { id: 's', title: 'Tom fixes the light', time: 1, participants: ['tom'] },
        { id: 'a', title: "Tom earns the village's trust", scale: 'arc', time: 2, participants: ['tom'] },
      ],
    }),
  },
];

describe('proposeResolutions, one story per conflict type', () => {
  it.each(cases)('offers a fix for $type whose top proposal really removes the conflict', ({ type, kinds, story }) => {
    const conflict = theConflict(story, type);
    const proposals = proposeResolutions(story, conflict.id);

    expect(proposals.map((p) => p.kind)).toEqual(expect.arrayContaining(kinds));
    const top = proposals[0]!;
    const after = applyEdits(story, top.patch).story;
    expect(conflicts(after).map((c) => c.id)).not.toContain(conflict.id);
    expect(top.description).toMatch(/"[^"]+"/);
  });

  it.each(cases)('gives $type proposals with stable, distinct ids', ({ type, story }) => {
    const conflict = theConflict(story, type);
    const ids = proposeResolutions(story, conflict.id).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(proposeResolutions(story, conflict.id).map((p) => p.id)).toEqual(ids);
    for (const id of ids) expect(id.startsWith(`${conflict.id}#`)).toBe(true);
  });

  it('returns nothing for a conflict id the story does not have', () => {
    expect(proposeResolutions(cases[0]!.story, 'temporal-paradox:x+y')).toEqual([]);
  });
});
