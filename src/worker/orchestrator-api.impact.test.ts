import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../core/analysis/story-index';
import { computeRipple } from '../core/ripple/ripple';
import { storyOf } from '../core/testing/story-builder';
import { createOrchestratorApi } from './orchestrator-api';
import { isStaleRevisionError } from './protocol';

/** storm -> flood -> bell, and flood filed before storm: one temporal paradox. */
const story = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'bell', title: 'The bell rings', time: 6, scale: 'arc' },
    { id: 'fire', title: 'The lamp catches fire', time: 20 },
    { id: 'smoke', title: 'Smoke fills the tower', time: 10 },
  ],
  links: [
    { from: 'storm', to: 'flood', strength: 0.6 },
    { from: 'flood', to: 'bell', strength: 0.5 },
    { from: 'fire', to: 'smoke', strength: 0.6 },
  ],
});

function opened() {
  const api = createOrchestratorApi();
  api.open(story, 1);
  return api;
}

const raise = { kind: 'set-link-field', linkId: 'storm->flood', field: 'strength', value: 1 } as const;

describe('what if: the ripple of a hypothetical edit', () => {
  it('shows the ripple as it would be after the edit', () => {
    const api = opened();
    const now = api.ripple('storm', { direction: 'forward' }, 1);
    const whatIf = api.whatIfRipple('storm', { direction: 'forward' }, [raise], 1);
    const flood = (r: typeof now) => r.reached.find((x) => x.event === 'flood')!.impact;
    // 0.6 * decay(scene 0.7) now; 1 * 0.7 with the link raised.
    expect(flood(now)).toBeCloseTo(0.42, 10);
    expect(flood(whatIf)).toBeCloseTo(0.7, 10);
  });

  it('never keeps the hypothetical edit', () => {
    const api = opened();
    api.whatIfRipple('storm', { direction: 'forward' }, [raise], 1);
    const after = api.ripple('storm', { direction: 'forward' }, 1);
    expect(after).toEqual(computeRipple(buildStoryIndex(story), 'storm'));
    expect(api.revision()).toBe(1);
  });

  it('answers for the current revision only, and names an edit that does not apply', () => {
    const api = opened();
    api.edit([{ kind: 'set-story-title', title: 'Renamed' }], 2);
    expect(isStaleRevisionError(catchError(() => api.whatIfRipple('storm', { direction: 'forward' }, [raise], 1)))).toBe(true);
    expect(() => api.whatIfRipple('storm', { direction: 'forward' }, [{ kind: 'remove-link', linkId: 'nope' }], 2)).toThrow(/nope/);
  });
});

describe('previewing and accepting fixes', () => {
  it('previews a proposal patch without applying it', () => {
    const api = opened();
    const conflict = api.analyze(1).conflicts.find((c) => c.events.includes('storm'))!;
    const top = api.proposals(conflict.id, 1)[0]!;
    const preview = api.previewPatch(top.patch, 1);
    const touched = preview.movedEvents.length + preview.removedLinks.length + preview.addedEvents.length + preview.changedLinks.length;
    expect(touched).toBeGreaterThan(0);
    expect(api.analyze(1).conflicts.map((c) => c.id)).toContain(conflict.id);
  });

  it('does not target a dismissed conflict when accepting all safe fixes', () => {
    const api = opened();
    const paradoxes = api.analyze(1).conflicts;
    expect(paradoxes).toHaveLength(2);
    const dismissed = paradoxes.find((c) => c.events.includes('fire'))!;
    api.edit([{ kind: 'set-dismissed', conflictId: dismissed.id, entry: { id: dismissed.id, note: 'the fire comes later on purpose' } }], 2);
    const fixes = api.safeFixes(2);
    expect(fixes.steps.map((s) => s.conflictId)).toEqual(paradoxes.filter((c) => c !== dismissed).map((c) => c.id));
    api.edit(fixes.ops, 3);
    const view = api.analyze(3);
    expect(view.conflicts).toEqual([]);
    expect(view.dismissed.map((c) => c.id)).toEqual([dismissed.id]);
  });

  it('answers the same proposals again for the same revision without recomputing them', () => {
    const api = opened();
    const id = api.analyze(1).conflicts[0]!.id;
    const first = api.proposals(id, 1);
    expect(api.proposals(id, 1)).toBe(first);
    // A new revision is a new story: its proposals are computed afresh.
    api.edit([{ kind: 'set-story-title', title: 'Renamed' }], 2);
    const again = api.proposals(id, 2);
    expect(again).not.toBe(first);
    expect(again.map((p) => p.id)).toEqual(first.map((p) => p.id));
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}
