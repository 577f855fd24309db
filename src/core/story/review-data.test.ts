import { describe, expect, it } from 'vitest';
import { hasTherapyProfile } from '../model/therapy-profile';
import { exportStory } from './export-story';
import { loadStory, parseStory, type LoadResult } from './load-story';
import { validationSummary } from './story-issue';

/** Review data (dismissed conflicts, notes) and settings blocks as the loader and export see them. */

function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'nao-story',
    version: 1,
    title: 'The Lighthouse',
    events: [
      { id: 'a', title: 'Storm rises', scale: 'scene', time: 2 },
      { id: 'b', title: 'Boat capsizes', scale: 'scene', time: 1 },
    ],
    links: [{ from: 'a', to: 'b' }],
    ...overrides,
  };
}

function both(value: unknown): LoadResult[] {
  return [loadStory(value), loadStory(value, { fastPath: false })];
}

function storyOf(result: LoadResult) {
  if (!result.ok) throw new Error(validationSummary(result.errors).join('; '));
  return result.story;
}

function errorsOf(result: LoadResult): string[] {
  if (result.ok) throw new Error('expected the load to fail');
  return validationSummary(result.errors);
}

const DISMISSED = [{ id: 'temporal-paradox:a+b', note: 'flashback, on purpose', by: 'ana', at: '2026-11-30T10:00:00Z' }];
const NOTES = [{ id: 'n1', text: 'Check the tide tables', author: 'kofi', event: 'a', resolved: false }];

describe('review data in a story file', () => {
  it('loads dismissed conflicts and notes on both load paths and writes them back unchanged', () => {
    for (const result of both(file({ dismissed: DISMISSED, notes: NOTES }))) {
      const story = storyOf(result);
      expect(story.dismissed).toEqual(DISMISSED);
      expect(story.notes).toEqual(NOTES);
      const again = JSON.parse(exportStory(story)) as Record<string, unknown>;
      expect(again['dismissed']).toEqual(DISMISSED);
      expect(again['notes']).toEqual(NOTES);
    }
  });

  it('names the JSON path of malformed review entries', () => {
    const errors = errorsOf(loadStory(file({ dismissed: [{ note: 'x' }, 'id'], notes: [{ id: 'n1', text: 3, resolved: 'yes' }] })));
    expect(errors).toEqual([
      'dismissed[0].id: missing (expected a string)',
      'dismissed[1]: expected an object, got "id"',
      'notes[0].text: expected a string, got 3',
      'notes[0].resolved: expected true or false, got "yes"',
    ]);
  });

  it('rejects a conflict dismissed twice or two notes with one id, naming both places', () => {
    const errors = errorsOf(loadStory(file({ dismissed: [{ id: 'x' }, { id: 'x' }], notes: [{ id: 'n', text: '' }, { id: 'n', text: '' }] })));
    expect(errors).toEqual(['dismissed[1].id: duplicate dismissed conflict id "x" (first used by dismissed[0])', 'notes[1].id: duplicate note id "n" (first used by notes[0])']);
  });

  it('reads the older extra.dismissedConflicts list as dismissed and takes it out of extra', () => {
    const legacy = file({ extra: { layout: { a: 1 }, dismissedConflicts: ['temporal-paradox:a+b', { id: 'no-recovery:a', note: 'fine' }] } });
    for (const result of both(legacy)) {
      const story = storyOf(result);
      expect(story.dismissed).toEqual([{ id: 'temporal-paradox:a+b' }, { id: 'no-recovery:a', note: 'fine' }]);
      expect(story.extra).toEqual({ layout: { a: 1 } });
    }
    // The input is not changed: the fast path adopts parts of it.
    expect((legacy['extra'] as Record<string, unknown>)['dismissedConflicts']).toHaveLength(2);
  });

  it('keeps an unreadable older list in extra and warns instead of dropping it', () => {
    const result = loadStory(file({ extra: { dismissedConflicts: [42] } }));
    const story = storyOf(result);
    expect(story.dismissed).toBeUndefined();
    expect(story.extra).toEqual({ dismissedConflicts: [42] });
    expect(result.ok && validationSummary(result.warnings)).toEqual([expect.stringMatching(/^extra\.dismissedConflicts: older dismissed-conflicts list could not be read/)]);
  });

  it('treats empty review lists and settings blocks as absent', () => {
    const story = storyOf(parseStory(JSON.stringify(file({ dismissed: [], notes: [], therapy: {}, thresholds: {} }))));
    expect(Object.keys(story)).not.toEqual(expect.arrayContaining(['dismissed']));
    expect(story.notes).toBeUndefined();
    expect(story.therapy).toBeUndefined();
    expect(story.thresholds).toBeUndefined();
  });

  it('checks thresholds against their ranges: swings and jumps in [0, 1], gap factor >= 0', () => {
    const errors = errorsOf(loadStory(file({ thresholds: { traitSwing: 1.5, themeJump: -1, gapFactor: -2 } })));
    expect(errors).toEqual([
      'thresholds.traitSwing: expected a number in [0, 1], got 1.5',
      'thresholds.themeJump: expected a number in [0, 1], got -1',
      'thresholds.gapFactor: expected a number >= 0, got -2',
    ]);
  });
});

describe('therapy profile', () => {
  it('is present only when the story sets at least one therapy value', () => {
    expect(hasTherapyProfile(storyOf(loadStory(file())))).toBe(false);
    expect(hasTherapyProfile(storyOf(loadStory(file({ therapy: {} }))))).toBe(false);
    expect(hasTherapyProfile(storyOf(loadStory(file({ therapy: { avoid: ['harm'] } }))))).toBe(true);
  });
});
