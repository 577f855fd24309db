import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../core/analysis/analyze';
import { storyOf } from '../../core/testing/story-builder';
import { checkJson, writeCheckJson } from './check-json';

/** Events alternating between calm and very intense: thousands of spikes, so the report is written in several pieces. */
const SPIKY = storyOf({
  therapy: { maxIntensity: 0.85 },
  events: Array.from({ length: 2600 }, (_, i) => ({ id: `e${i}`, time: i, intensity: i % 2 === 0 ? 0 : 1 })),
});

function streamed(...args: Parameters<typeof checkJson>): string {
  const pieces: string[] = [];
  writeCheckJson((text) => pieces.push(text), ...args);
  expect(pieces.length).toBeGreaterThan(1);
  return pieces.join('');
}

describe('nao check --json written piece by piece', () => {
  it('is the same text as the report written at once, with and without a file name', () => {
    const result = analyzeStory(SPIKY);
    expect(result.conflicts.length).toBeGreaterThan(2000);
    expect(streamed(result, 12.5)).toBe(JSON.stringify(checkJson(result, 12.5)));
    const file = 'odd "conflicts":[] name.json';
    expect(streamed(result, 3, file)).toBe(JSON.stringify(checkJson(result, 3, file)));
  });

  it('is the same text for a clean story, and keeps dismissed and stale entries', () => {
    const calm = analyzeStory(storyOf({ events: [{ id: 'a' }] }));
    expect(streamed(calm, 1)).toBe(JSON.stringify(checkJson(calm, 1)));
    const first = analyzeStory(SPIKY).conflicts[0]!;
    const reviewed = analyzeStory({ ...SPIKY, dismissed: [{ id: first.id, note: 'intended' }, { id: 'gone:x', note: 'old' }] });
    const text = streamed(reviewed, 2, 'spiky.json');
    expect(text).toBe(JSON.stringify(checkJson(reviewed, 2, 'spiky.json')));
    const parsed = JSON.parse(text) as { dismissed: { id: string; message: string }[]; stale: { id: string }[] };
    expect(parsed.dismissed.map((d) => [d.id, d.message])).toEqual([[first.id, first.message]]);
    expect(parsed.stale.map((d) => d.id)).toEqual(['gone:x']);
  });
});
