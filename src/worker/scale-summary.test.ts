import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../core/analysis/analyze';
import { buildStoryIndex } from '../core/analysis/story-index';
import { storyOf } from '../core/testing/story-builder';
import { summariseScales } from './scale-summary';

describe('the per-scale summary of the lane headers', () => {
  // Two scene events in a temporal paradox, two quiet scene events, one quiet arc event, one overwhelming world event.
  const story = storyOf({
    events: [
      { id: 'storm', time: 5 },
      { id: 'flood', time: 4 },
      { id: 'bell', time: 8 },
      { id: 'crowd', time: 9 },
      { id: 'season', scale: 'arc', time: 30, tags: ['premise'] },
      { id: 'war', scale: 'world', time: 40, intensity: 0.95, tags: ['premise', 'recovery'] },
    ],
    links: [{ from: 'storm', to: 'flood' }],
  });
  const ix = buildStoryIndex(story);
  const conflicts = detectConflicts(ix);
  const summary = summariseScales(ix, conflicts);
  const of = (scale: string) => summary.find((s) => s.scale === scale)!;

  it('counts the events and the conflicts of each scale', () => {
    expect(summary.map((s) => [s.scale, s.events])).toEqual([
      ['scene', 4],
      ['arc', 1],
      ['world', 1],
      ['saga', 0],
    ]);
    expect(of('scene').conflicts).toBe(conflicts.filter((c) => c.scales.includes('scene')).length);
    expect(of('world').conflicts).toBeGreaterThan(0);
  });

  it('lowers a scale\'s coherence by the share of its own events that structural conflicts damage', () => {
    const paradox = conflicts.find((c) => c.type === 'temporal-paradox')!;
    // Half the scene events are hit by the paradox.
    expect(of('scene').coherence).toBeCloseTo(1 - (2 * paradox.severity) / 4, 9);
    expect(of('arc').coherence).toBe(1);
  });

  it('leaves coherence alone for therapeutic conflicts, and at 1 for an empty scale', () => {
    expect(of('world').coherence).toBe(1);
    expect(of('saga').coherence).toBe(1);
  });
});
