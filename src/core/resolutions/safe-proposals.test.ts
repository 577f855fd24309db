import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { fittingIntensity } from './placement';
import { proposeResolutions } from './propose';
import type { Proposal } from './proposal';

/** The failure modes of issue 11: proposals whose inserted events brought conflicts of their own. */

function ids(story: Story): Set<string> {
  return new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
}

function proposalsFor(story: Story, type: string): Proposal[] {
  const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.type === type);
  if (!conflict) throw new Error(`the story has no ${type}`);
  return proposeResolutions(story, conflict.id);
}

/** What applying the proposal adds: conflict ids the story did not have. */
function added(story: Story, p: Proposal): string[] {
  const before = ids(story);
  return [...ids(applyEdits(story, p.patch).story)].filter((id) => !before.has(id));
}

const courage = (value: number) => ({ mara: { traits: { courage: value } } });

describe('a motive inserted for a trait swing', () => {
  // Mara turns brave at the arc scale, and nothing motivates it.
  const story = storyOf({
    events: [
      { id: 'fear', title: 'Mara hides', scale: 'arc', time: 0, participants: ['mara'], effects: courage(0.1), tags: ['premise'] },
      { id: 'brave', title: 'Mara sails out', scale: 'arc', time: 24, participants: ['mara'], effects: courage(0.9) },
    ],
  });

  it('sits at the finest scale that does not jump into the changed event, with a finer cause, and adds nothing', () => {
    const insert = proposalsFor(story, 'trait-swing').find((p) => p.kind === 'insert-motivating-event')!;
    const after = applyEdits(story, insert.patch).story;
    const motive = after.events.find((e) => e.title === 'Motive: Mara sails out')!;
    // The finest scale: no support needed, and one scale below the arc, so no jump.
    expect(motive.scale).toBe('scene');
    expect(added(story, insert)).toEqual([]);
  });

  it('is caused by an event one scale finer when it must sit above the finest scale', () => {
    const tall = storyOf({
      events: [
        { id: 'fear', title: 'Mara hides', scale: 'world', time: 0, participants: ['mara'], effects: courage(0.1), tags: ['premise'] },
        { id: 'talk', title: 'Mara talks to Tom', scale: 'scene', time: 700, participants: ['mara', 'tom'] },
        { id: 'brave', title: 'Mara sails out', scale: 'world', time: 720, participants: ['mara'], effects: courage(0.9) },
      ],
    });
    const insert = proposalsFor(tall, 'trait-swing').find((p) => p.kind === 'insert-motivating-event')!;
    const after = applyEdits(tall, insert.patch).story;
    const motive = after.events.find((e) => e.title === 'Motive: Mara sails out')!;
    expect(motive.scale).toBe('arc');
    const causes = after.links.filter((l) => l.to === motive.id).map((l) => after.events.find((e) => e.id === l.from)!.scale);
    expect(causes).toEqual(['scene']);
    expect(added(tall, insert)).toEqual([]);
  });
});

describe('a motive that is only the earlier event itself', () => {
  // Nobody but Mara's two own events is there to motivate the swing.
  const story = storyOf({
    events: [
      { id: 'fear', title: 'Mara hides', time: 0, participants: ['mara'], effects: courage(0.1) },
      { id: 'brave', title: 'Mara sails out', time: 1, participants: ['mara'], effects: courage(0.9) },
    ],
  });

  it('says so, and ranks below inserting a real motive', () => {
    const proposals = proposalsFor(story, 'trait-swing');
    const real = proposals.findIndex((p) => p.kind === 'insert-motivating-event');
    const self = proposals.findIndex((p) => p.kind === 'link-motivating-event');
    expect(real).toBeGreaterThanOrEqual(0);
    expect(self).toBeGreaterThan(real);
    expect(proposals[self]!.description).toContain('"Mara hides" itself the motive');
  });
});

describe('a bridge for a scale jump', () => {
  // The jumping link is what motivates Mara's change: rerouting it must keep a motive with her.
  const story = storyOf({
    events: [
      { id: 'fear', title: 'Mara hides', scale: 'scene', time: 0, participants: ['mara'], effects: courage(0.1) },
      { id: 'talk', title: 'Mara talks to Tom', scale: 'scene', time: 1, participants: ['mara', 'tom'] },
      { id: 'brave', title: 'Mara sails out', scale: 'world', time: 2, participants: ['mara'], effects: courage(0.9) },
    ],
    links: [{ from: 'talk', to: 'brave', kind: 'motivates' }],
  });

  it('creates no trait swing', () => {
    expect(ids(story).has('trait-swing:brave+fear')).toBe(false);
    const [bridge] = proposalsFor(story, 'scale-jump');
    expect(bridge!.kind).toBe('insert-bridge-event');
    expect(added(story, bridge!)).toEqual([]);
  });
});

describe('intensities of inserted events', () => {
  // Loud neighbours: halfway between them is over the peak level, so the new event must stay clearly below it.
  const loud = storyOf({
    events: [
      { id: 'a', time: 0, intensity: 0.68, tags: ['recovery'] },
      { id: 'b', time: 2, intensity: 0.8, tags: ['recovery'] },
    ],
  });

  it('keep a clear margin below the peak level and have two decimals', () => {
    const v = fittingIntensity(buildStoryIndex(loud), 1, 1);
    expect(v).toBeLessThanOrEqual(0.65);
    expect(v).toBeGreaterThanOrEqual(0.8 - 0.4);
    expect(Math.round(v * 100) / 100).toBe(v);
  });

  it('make no bridge a peak without recovery', () => {
    const story = storyOf({
      events: [
        { id: 'x', scale: 'scene', time: 0, intensity: 0.69 },
        { id: 'y', scale: 'world', time: 1, intensity: 0.69 },
      ],
      links: [{ from: 'x', to: 'y' }],
    });
    const [bridge] = proposalsFor(story, 'scale-jump');
    expect(added(story, bridge!)).toEqual([]);
    const inserted = applyEdits(story, bridge!.patch).story.events.find((e) => e.id === 'x-bridge')!;
    expect(inserted.intensity).toBeLessThanOrEqual(0.65);
  });
});
