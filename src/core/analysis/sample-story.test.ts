import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { parseStory } from '../story/load-story';
import { computeRipple } from '../ripple/ripple';
import { analyzeStory } from './analyze';
import { buildStoryIndex } from './story-index';

const samples = new URL('../../../public/samples/', import.meta.url);

function loadSample(file: string): Story {
  const result = parseStory(readFileSync(new URL(file, samples), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.errors)}`);
  return result.story;
}

/** The flaws written into the sample on purpose, one of each kind; everything else is meant to be clean. */
const INTENDED = [
  { type: 'causal-cycle', events: ['sc-blame', 'sc-replay'] },
  { type: 'temporal-paradox', events: ['sc-foghorn-fix', 'sc-foghorn-sounds'] },
  { type: 'scale-jump', events: ['sc-lamp-fails', 'w-autumn'] },
  { type: 'exited-character', events: ['sc-storm', 'sc-tomas-lens'] },
  { type: 'bilocation', events: ['sc-lamp', 'sc-meet-ferry'] },
  { type: 'theme-contradiction', events: ['a-silence', 'sc-gull'] },
  { type: 'intensity-over-limit', events: ['sc-wreck'] },
  { type: 'no-recovery', events: ['sc-anniversary'] },
  { type: 'intensity-spike', events: ['sc-beach-walk', 'sc-nightmare'] },
];

const keyOf = (c: { type: string; events: readonly string[] }): string => `${c.type}: ${[...c.events].sort().join(', ')}`;

describe('the bundled sample story', () => {
  const story = loadSample('lighthouse.json');

  it('is listed in the sample index under its title', () => {
    const index: unknown = JSON.parse(readFileSync(new URL('index.json', samples), 'utf8'));
    expect(index).toContainEqual(expect.objectContaining({ file: 'lighthouse.json', title: story.title }));
  });

  it('is a full story: 40 to 50 events over all four default scales, with links', () => {
    expect(story.events.length).toBeGreaterThanOrEqual(40);
    expect(story.events.length).toBeLessThanOrEqual(50);
    expect(new Set(story.events.map((e) => e.scale))).toEqual(new Set(['scene', 'arc', 'world', 'saga']));
    expect(story.links.length).toBeGreaterThanOrEqual(50);
  });

  it('shows exactly the conflicts written into it on purpose', () => {
    const { conflicts } = analyzeStory(story);
    expect(conflicts.map(keyOf).sort()).toEqual(INTENDED.map(keyOf).sort());
  });

  it('scores below perfect but still coherent enough to be a good first example', () => {
    const { scores } = analyzeStory(story);
    expect(scores.coherence).toBeLessThan(1);
    expect(scores.coherence).toBeGreaterThan(0.5);
    expect(scores.therapeuticAlignment).toBeLessThan(1);
    expect(scores.therapeuticAlignment).toBeGreaterThan(0.5);
  });

  it('ripples from the storm through the funeral into the first winter', () => {
    const ripple = computeRipple(buildStoryIndex(story), 'sc-storm');
    const funeral = ripple.reached.find((r) => r.event === 'a-funeral');
    // storm -> news (0.9 * scene 0.7) -> funeral (0.9 * arc 0.85).
    expect(funeral?.impact).toBeCloseTo(0.9 * 0.7 * 0.9 * 0.85, 12);
    expect(funeral?.path).toEqual(['sc-storm', 'sc-news', 'a-funeral']);
    expect(ripple.reached.map((r) => r.event)).toContain('w-winter1');
    expect(ripple.characters).toEqual(expect.arrayContaining(['bram', 'elin', 'tomas']));
  });
});
