import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits } from '../core/edits/apply-edit';
import type { EditOp } from '../core/edits/edit-op';
import type { Story } from '../core/model/story';
import { parseStory } from '../core/story/load-story';
import { arbEditOp } from '../core/testing/arbitraries';
import { createOrchestratorApi } from './orchestrator-api';
import type { AnalysisView } from './protocol';
import { safeFixesSkipping } from './safe-fixes';

function sample(name: string): Story {
  const loaded = parseStory(readFileSync(join(__dirname, '../../public/samples', `${name}.json`), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.story;
}

/** What the studio shows of an analysis (timing and revision aside). */
function shown(view: AnalysisView) {
  const { conflicts, dismissed, stale, scores, perScale, stats } = view;
  return { conflicts, dismissed, stale, scores, perScale, events: stats.events, links: stats.links };
}

/** The analysis a worker opened on `story` gives from scratch. */
function fresh(story: Story): ReturnType<typeof shown> {
  const api = createOrchestratorApi();
  api.open(story, 1);
  return shown(api.analyze(1));
}

describe('the worker after edits', () => {
  it('shows what a worker opened on the edited story shows, in the same order', () => {
    const story = sample('lighthouse');
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).chain((seeds) => {
          // A chain of ops, each valid for the story the earlier ones made.
          const steps = (s: Story, left: number): fc.Arbitrary<EditOp[]> =>
            left === 0 ? fc.constant([]) : arbEditOp(s, 1).chain((op) => steps(applyEdit(s, op).story, left - 1).map((rest) => [op, ...rest]));
          return steps(story, seeds.length);
        }),
        fc.boolean(),
        (ops, laidOutFirst) => {
          const api = createOrchestratorApi();
          api.open(story, 1);
          // A story just opened is laid out before it is analysed (queries.ts): the lanes' index is then built on its own.
          if (laidOutFirst) expect(api.lanes(1).eventIds).toHaveLength(story.events.length);
          expect(shown(api.analyze(1))).toEqual(fresh(story));
          let current = story;
          ops.forEach((op, k) => {
            current = applyEdit(current, op).story;
            api.edit([op], k + 2);
            // Lanes first on some revisions: the index they use is the analysis's, brought up to date.
            if (k % 2 === 1) expect(api.lanes(k + 2).positions.length).toBeGreaterThan(0);
            expect(shown(api.analyze(k + 2))).toEqual(fresh(current));
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moves an event in time and finds the paradox it makes, as a fresh analysis does', () => {
    const story = sample('lighthouse');
    const link = story.links[0]!;
    const api = createOrchestratorApi();
    api.open(story, 1);
    const before = api.analyze(1).conflicts.map((c) => c.id);
    const cause = story.events.find((e) => e.id === link.from)!;
    const effect = story.events.find((e) => e.id === link.to)!;
    const op: EditOp = { kind: 'set-event-field', eventId: cause.id, field: 'time', value: effect.time + 1 };
    api.edit([op], 2);
    const after = api.analyze(2).conflicts.map((c) => c.id);
    expect(after).toContain(`temporal-paradox:${[cause.id, effect.id].sort().join('+')}`);
    expect(before).not.toEqual(after);
    expect(shown(api.analyze(2))).toEqual(fresh(applyEdit(story, op).story));
  });

  it('takes the many ops of Accept all safe fixes in one edit and shows what a fresh worker shows', () => {
    const story = sample('lighthouse');
    const fixes = safeFixesSkipping(story, new Set());
    expect(fixes.ops.length).toBeGreaterThan(1);
    const api = createOrchestratorApi();
    api.open(story, 1);
    api.analyze(1);
    api.edit(fixes.ops, 2);
    const after = shown(api.analyze(2));
    expect(after).toEqual(fresh(applyEdits(story, fixes.ops).story));
    expect(after.conflicts.length).toBeLessThan(fresh(story).conflicts.length);
  });
});
