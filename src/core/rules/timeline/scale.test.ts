import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../../analysis/story-index';
import type { Rule } from '../../analysis/rule';
import type { StoryEvent } from '../../model/story';
import { storyOf, type EventSketch } from '../../testing/story-builder';
import { avoidedThemeRule } from '../avoided-theme';
import { bilocationRule } from '../bilocation';
import { exitedCharacterRule } from '../exited-character';
import { intensityOverLimitRule } from '../intensity-over-limit';
import { intensitySpikeRule } from '../intensity-spike';
import { noRecoveryRule } from '../no-recovery';
import { relationshipFlipRule } from '../relationship-flip';
import { themeJumpRule } from '../theme-jump';
import { traitSwingRule } from '../trait-swing';

const TIMELINE_RULES: readonly Rule[] = [
  exitedCharacterRule,
  bilocationRule,
  traitSwingRule,
  relationshipFlipRule,
  themeJumpRule,
  intensityOverLimitRule,
  noRecoveryRule,
  intensitySpikeRule,
  avoidedThemeRule,
];

/** Runs the rules once and returns how many matches they emitted. */
function run(events: readonly EventSketch[], rules: readonly Rule[] = TIMELINE_RULES): { matches: number } {
  const ix = buildStoryIndex(storyOf({ events, therapy: { avoid: ['grief'] } }));
  let matches = 0;
  for (const rule of rules) rule.detect(ix, () => void matches++);
  return { matches };
}

// No time is asserted here (speed is the benchmarks' job: `npm run bench` prints the rules'
// times). A quadratic slip would take minutes at this size and trip the test's timeout.
describe('the timeline rules at 100,000 events', () => {
  it('find the matches of a busy, shuffled story in one pass', () => {
    const events: EventSketch[] = [];
    for (let i = 0; i < 100_000; i++) {
      const a = `c${(i * 7) % 5000}`;
      const b = `c${(i * 13 + 1) % 5000}`;
      const effects: StoryEvent['effects'] = {
        [a]: { traits: { courage: (i % 10) / 10 }, relationships: { [b]: i % 3 === 0 ? 'enemy' : 'friend' } },
        ...(i % 97 === 0 ? { [b]: { alive: i % 2 === 0 } } : {}),
      };
      events.push({
        id: `e${i}`,
        // A shuffled file: timeline order differs from file order.
        time: (i * 7919) % 100_000,
        duration: i % 5 === 0 ? 3 : 0,
        participants: [a, b],
        ...(i % 3 === 0 ? {} : { location: `loc${i % 40}` }),
        themes: { healing: ((i * 31) % 100) / 100, grief: i % 50 === 0 ? 0.5 : 0 },
        intensity: ((i * 37) % 100) / 100,
        tags: i % 17 === 0 ? ['recovery'] : [],
        effects,
      });
    }
    const { matches } = run(events);
    expect(matches).toBeGreaterThan(0);
  });

  it('find no bilocation when one character spends every event, all overlapping, in the same place', () => {
    const events: EventSketch[] = [];
    for (let i = 0; i < 100_000; i++) {
      events.push({ id: `e${i}`, time: i, duration: 1_000_000, participants: ['kofi'], location: 'harbor' });
    }
    const { matches } = run(events, [bilocationRule]);
    expect(matches).toBe(0);
  });
});
