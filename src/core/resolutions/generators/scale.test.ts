import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../analysis/analyze';
import { buildStoryIndex } from '../../analysis/story-index';
import { applyEdits } from '../../edits/apply-edit';
import type { Story } from '../../model/story';
import { storyOf } from '../../testing/story-builder';
import { proposeResolutions } from '../propose';
import type { Proposal } from '../proposal';

const therapy = { maxIntensity: 0.85, peakIntensity: 0.7, recoveryIntensity: 0.3, recoveryWithin: 3, maxIntensityStep: 0.4 };

function ids(story: Story): Set<string> {
  return new Set(detectConflicts(buildStoryIndex(story)).map((c) => c.id));
}

function top(story: Story, type: string): { proposal: Proposal; after: Story; added: string[] } {
  const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.type === type);
  if (!conflict) throw new Error(`the story has no ${type}`);
  const [proposal] = proposeResolutions(story, conflict.id);
  if (!proposal) throw new Error('no proposal');
  const after = applyEdits(story, proposal.patch).story;
  const before = ids(story);
  return { proposal, after, added: [...ids(after)].filter((id) => !before.has(id)) };
}

const timelineTitles = (story: Story): string[] =>
  story.events.map((e, k) => ({ e, k })).sort((a, b) => a.e.time - b.e.time || a.k - b.k).map(({ e }) => e.title);

describe('a bridge for a scale jump that would land right after a peak', () => {
  // The war causes the farewell directly, skipping the arc scale. Halfway between them sit two
  // tense scenes: a bridge there could not be calm (the next scene would spike) and would push
  // the farewell, the first scene's recovery, out of its reach.
  const story = storyOf({
    therapy,
    events: [
      { id: 'war', title: 'The war begins', scale: 'world', time: 0, intensity: 0.5, tags: ['premise'] },
      { id: 'fight', title: 'Mara fights', time: 1, intensity: 0.8 },
      { id: 'chase', title: 'The chase', time: 2, intensity: 0.8 },
      { id: 'rest', title: 'A pause', time: 3, intensity: 0.5 },
      { id: 'farewell', title: 'Farewell', time: 4, intensity: 0.2 },
    ],
    links: [{ from: 'war', to: 'farewell' }],
  });

  it('is placed where the peak keeps its recovery, adding nothing', () => {
    const { proposal, after, added } = top(story, 'scale-jump');
    expect(added).toEqual([]);
    expect(proposal.description).toBe('Insert a bridging arc event just before "Farewell" and route the link through it.');
    expect(timelineTitles(after)).toEqual(['The war begins', 'Mara fights', 'The chase', 'A pause', 'Bridge: The war begins → Farewell', 'Farewell']);
  });
});

describe('a bridge for a scale jump from a coarse to a fine event', () => {
  // The war (world) causes a scene directly; an arc bridge caused only by the war would have no finer cause.
  const story = storyOf({
    events: [
      { id: 'war', title: 'The war begins', scale: 'world', time: 0, participants: ['mara'], tags: ['premise'] },
      { id: 'talk', title: 'Mara talks to Tom', time: 1, participants: ['mara', 'tom'] },
      { id: 'leave', title: 'Mara leaves', time: 4, participants: ['mara'] },
    ],
    links: [{ from: 'war', to: 'leave' }],
  });

  it('is also caused by an earlier scene, so it is no unsupported arc', () => {
    const { proposal, added } = top(story, 'scale-jump');
    expect(added).toEqual([]);
    const links = proposal.patch.flatMap((op) => (op.kind === 'add-link' ? [`${op.link.from}->${op.link.to}`] : []));
    expect(links).toContain('talk->war-bridge');
  });
});

describe('a bridge for a scale jump between a peak and the next event', () => {
  // Mara's fight (a peak) causes the war directly, skipping the arc scale. Any bridge lands
  // between them and pushes the rest, the fight's recovery, out of reach; it cannot be calm
  // either, since the war would then spike.
  const story = storyOf({
    therapy,
    events: [
      { id: 'talk', title: 'Mara talks', time: 0, intensity: 0.5 },
      { id: 'fight', title: 'Mara fights', time: 1, intensity: 0.8 },
      { id: 'war', title: 'The war begins', scale: 'world', time: 1.5, intensity: 0.8 },
      { id: 'flee', title: 'Mara flees', time: 2, intensity: 0.5 },
      { id: 'rest', title: 'Mara rests', time: 3, intensity: 0.2 },
    ],
    links: [{ from: 'fight', to: 'war' }],
  });

  it('makes the bridge the peak’s recovery, adding nothing', () => {
    const { proposal, after, added } = top(story, 'scale-jump');
    expect(added).toEqual([]);
    expect(proposal.description).toBe(
      'Insert a bridging arc event between "Mara fights" and "The war begins", as a recovery after "Mara fights", and route the link through it.',
    );
    expect(after.events.find((e) => e.title.startsWith('Bridge'))!.tags).toEqual(['recovery']);
  });
});

describe('a cause offered for an unsupported arc', () => {
  it('is the best earlier finer event even when weaker ones come after it', () => {
    // Two scenes with Ana come later but are too far from the council for its time; the arc
    // event before them shares Ana, is close enough and one scale finer: it is offered first.
    const story = storyOf({
      events: [
        { id: 'plan', title: 'Ana plans', scale: 'arc', time: 960, participants: ['ana'] },
        { id: 'walk', title: 'Ana walks', time: 980, participants: ['ana'] },
        { id: 'wait', title: 'Ana waits', time: 990, participants: ['ana'] },
        { id: 'council', title: 'The council', scale: 'world', time: 1000, participants: ['ana'] },
      ],
    });
    const conflict = detectConflicts(buildStoryIndex(story)).find((c) => c.id === 'unsupported-arc:council');
    expect(conflict).toBeDefined();
    const links = proposeResolutions(story, conflict!.id).filter((p) => p.kind === 'link-from-finer-event');
    expect(links.map((p) => p.description)).toEqual([
      'Link "The council" from "Ana plans", an earlier arc event with ana.',
      'Link "The council" from "Ana waits", an earlier scene event with ana.',
    ]);
  });
});
