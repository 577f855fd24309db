import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../../core/analysis/story-index';
import { computeRipple } from '../../core/ripple/ripple';
import { storyOf } from '../../core/testing/story-builder';
import { pathLinks, rippleLayers } from './impact-layers';

/** storm -> flood -> bell, storm -> wind: two hops deep. */
const story = storyOf({
  events: [
    { id: 'storm', time: 1 },
    { id: 'flood', time: 2 },
    { id: 'wind', time: 2 },
    { id: 'bell', time: 3, scale: 'saga' },
  ],
  links: [
    { from: 'storm', to: 'flood', strength: 0.9 },
    { from: 'storm', to: 'wind', strength: 0.3 },
    { from: 'flood', to: 'bell', strength: 0.9 },
  ],
});
const ix = buildStoryIndex(story);

describe('drawing a ripple hop by hop', () => {
  it('reveals the direct effects first, then what they lead to, each over the link of its best path', () => {
    const layers = rippleLayers(computeRipple(ix, 'storm'));
    expect(layers.layers.map((l) => l.map((x) => x.id).sort())).toEqual([['flood', 'wind'], ['bell']]);
    expect(layers.links[1]).toEqual([{ from: 'flood', to: 'bell' }]);
    expect(layers.paths.get('bell')).toEqual(['storm', 'flood', 'bell']);
  });

  it('tints stronger reaches more strongly', () => {
    const [first] = rippleLayers(computeRipple(ix, 'storm')).layers;
    const tier = (id: string) => first!.find((x) => x.id === id)!.tier;
    expect(tier('flood')).toBeGreaterThan(tier('wind'));
  });

  it('follows the links against their direction for "what led here"', () => {
    const ripple = computeRipple(ix, 'bell', { direction: 'backward' });
    expect(ripple.reached.find((r) => r.event === 'storm')?.path).toEqual(['bell', 'flood', 'storm']);
    expect(pathLinks(['bell', 'flood', 'storm'], 'backward')).toEqual([
      { from: 'flood', to: 'bell' },
      { from: 'storm', to: 'flood' },
    ]);
    expect(rippleLayers(ripple).links[1]).toEqual([{ from: 'storm', to: 'flood' }]);
  });
});
