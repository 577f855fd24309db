import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { parseStory } from '../story/load-story';
import { arbEditOp, arbStory } from '../testing/arbitraries';
import { storyOf } from '../testing/story-builder';
import { generatorFor } from './generators';
import { patchReach, reindexed } from './patch-reach';
import { simulatePatch } from './simulate';

/** What a patch does, by a full analysis of the patched story: the reference the shortcut must match. */
function fullEffect(story: Story, patch: readonly EditOp[]) {
  const before = detectConflicts(buildStoryIndex(story));
  const after = detectConflicts(buildStoryIndex(applyEdits(story, patch).story));
  const beforeIds = new Set(before.map((c) => c.id));
  const afterIds = new Set(after.map((c) => c.id));
  return {
    resolves: before.filter((c) => !afterIds.has(c.id)).map((c) => c.id),
    introduces: after.filter((c) => !beforeIds.has(c.id)),
  };
}

/** The simulation given the story's index, which takes the shortcut whenever the patch allows it. */
function quickEffect(story: Story, patch: readonly EditOp[]) {
  const ix = buildStoryIndex(story);
  const effect = simulatePatch(story, patch, detectConflicts(ix), ix)!;
  return { resolves: effect.resolves, introduces: effect.introduces };
}

const dir = join(__dirname, '../../../test-data/fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.json$/, ''));

function load(name: string): Story {
  const result = parseStory(readFileSync(join(dir, `${name}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.story;
}

describe('simulating a patch that leaves the structure alone', () => {
  it('tells field changes from structural ones', () => {
    expect(patchReach([{ kind: 'set-theme', eventId: 'a', theme: 'hope', intensity: 0.2 }])).toEqual(new Set(['themes']));
    expect(patchReach([{ kind: 'batch', ops: [{ kind: 'add-tag', eventId: 'a', tag: 'premise' }, { kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.1 }] }])).toEqual(
      new Set(['tags', 'intensity']),
    );
    expect(patchReach([{ kind: 'set-event-field', eventId: 'a', field: 'time', value: 3 }])).toBeUndefined();
    expect(patchReach([{ kind: 'remove-link', linkId: 'l' }])).toBeUndefined();
  });

  it('re-analyses everything after a settings or review change', () => {
    const settings: EditOp[] = [
      { kind: 'set-time-unit', timeUnit: 'day' },
      { kind: 'set-scales', scales: [{ id: 'scene', window: 1 }, { id: 'arc', window: 24 }] },
      { kind: 'set-characters', characters: undefined },
      { kind: 'set-threshold', field: 'gapFactor', value: 1 },
      { kind: 'set-therapy', field: 'maxIntensity', value: 0.5 },
      { kind: 'set-dismissed', conflictId: 'x:a', entry: null },
      { kind: 'set-note', noteId: 'n', note: null },
    ];
    for (const op of settings) expect(patchReach([op])).toBeUndefined();
  });

  it('finds the conflicts a tighter threshold brings, as a full analysis does', () => {
    const story = storyOf({ events: [{ id: 'a', intensity: 0.1 }, { id: 'b', time: 1, intensity: 0.4 }] });
    const patch: EditOp[] = [{ kind: 'set-therapy', field: 'maxIntensityStep', value: 0.2 }];
    expect(quickEffect(story, patch).introduces.map((c) => c.id)).toEqual(fullEffect(story, patch).introduces.map((c) => c.id));
    expect(fullEffect(story, patch).introduces.map((c) => c.id)).toEqual(['intensity-spike:a+b']);
  });

  it('shares an index that is the one a fresh build gives', () => {
    const story = storyOf({ events: [{ id: 'a', time: 2 }, { id: 'b', time: 1 }], links: [{ from: 'b', to: 'a' }] });
    const after = applyEdits(story, [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.9 }]).story;
    expect(reindexed(buildStoryIndex(story), after)).toEqual(buildStoryIndex(after));
  });

  it.each(fixtures)('claims what a full analysis finds, for every candidate fix of the %s fixture', (name) => {
    const story = load(name);
    const ix = buildStoryIndex(story);
    for (const conflict of detectConflicts(ix)) {
      for (const candidate of generatorFor(conflict.type)({ story, ix, conflict })) {
        expect(quickEffect(story, candidate.patch), `${conflict.id}: ${candidate.description}`).toEqual(fullEffect(story, candidate.patch));
      }
    }
  });

  it('claims what a full analysis finds, for random edits of random stories', () => {
    const storyAndOp = arbStory().chain((story) =>
      story.events.length === 0 ? fc.constant(null) : arbEditOp(story).map((op) => ({ story, op })),
    );
    fc.assert(
      fc.property(storyAndOp, (pair) => {
        if (!pair) return;
        const { story, op } = pair;
        expect(quickEffect(story, [op])).toEqual(fullEffect(story, [op]));
        if (patchReach([op])) expect(reindexed(buildStoryIndex(story), applyEdits(story, [op]).story)).toEqual(buildStoryIndex(applyEdits(story, [op]).story));
      }),
      { numRuns: 400 },
    );
  });
});
