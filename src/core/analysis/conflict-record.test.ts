import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { FIXTURE_NAMES, loadFixture } from '../testing/fixture-stories';
import { storyOf } from '../testing/story-builder';
import { analyzeStory, type AnalysisResult } from './analyze';
import type { Conflict } from './conflict';

/**
 * `nao check` analyses with `deferText`: conflicts are records whose texts are written when
 * read, and the scores are computed without writing ids. Everything a host reads must equal
 * the plain analysis, scores to the last bit.
 */

const fields = (c: Conflict) => ({
  id: c.id,
  type: c.type,
  category: c.category,
  severity: c.severity,
  events: c.events,
  links: c.links,
  scales: c.scales,
  message: c.message,
  subjects: c.subjects,
});

const readable = (r: AnalysisResult) => ({
  conflicts: r.conflicts.map(fields),
  dismissed: r.dismissed.map((d) => ({ ...fields(d), dismissal: d.dismissal })),
  stale: r.stale,
  scores: r.scores,
  stats: { events: r.stats.events, links: r.stats.links },
});

function expectSameAnalysis(story: Story): void {
  expect(readable(analyzeStory(story, { deferText: true }))).toEqual(readable(analyzeStory(story)));
}

/** The story with its first, third, ... conflicts dismissed, and one stale entry. */
function withSomeDismissed(story: Story): Story {
  const ids = analyzeStory(story).conflicts.map((c) => c.id);
  const dismissed = [...ids.filter((_, k) => k % 2 === 0).map((id) => ({ id })), { id: 'scale-jump:gone' }];
  return { ...story, dismissed };
}

/** An event in three conflicts of three types: its factor is taken in id order, each id once. */
const CROWDED = storyOf({
  events: [
    { id: 'gone', time: 1, participants: ['mara'], effects: { mara: { alive: false } } },
    { id: 'hub', time: 2, participants: ['mara'] },
    { id: 'later', time: 3 },
  ],
  links: [
    { id: 'l1', from: 'hub', to: 'later' },
    { id: 'l2', from: 'later', to: 'hub' },
  ],
});

describe('analyzeStory with deferText', () => {
  it.each(FIXTURE_NAMES)('%s: reads the same as the plain analysis, with and without dismissed entries', (name) => {
    const story = loadFixture(name);
    expectSameAnalysis(story);
    expectSameAnalysis(withSomeDismissed(story));
  });

  it('scores an event in many conflicts of several types as the plain analysis does', () => {
    const plain = analyzeStory(CROWDED);
    expect(plain.conflicts.filter((c) => c.events.includes('hub')).map((c) => c.type)).toEqual(['causal-cycle', 'temporal-paradox', 'exited-character']);
    expectSameAnalysis(CROWDED);
  });

  it('reads the same as the plain analysis on random stories', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 24 }), fc.boolean(), (story, dismiss) => expectSameAnalysis(dismiss ? withSomeDismissed(story) : story)),
      { numRuns: 300 },
    );
  });

  it('gives the same text on every read of a field', () => {
    for (const c of analyzeStory(CROWDED, { deferText: true }).conflicts) {
      expect(c.id).toBe(c.id);
      expect(c.message).toBe(c.message);
      expect(c.events).toEqual(c.events);
    }
  });
});
