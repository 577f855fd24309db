import { afterEach, describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../core/analysis/story-index';
import { computeRipple } from '../core/ripple/ripple';
import { exportStory } from '../core/story/export-story';
import { storyOf } from '../core/testing/story-builder';
import { acceptProposal, acceptSafeFixes, dismissConflict, safeFixesReport } from './conflict-commands';
import { undo } from './document-commands';
import { fetchAnalysis, fetchProposals, fetchWhatIfRipple } from './fetchers';
import {
  applyWhatIf,
  hideImpact,
  hoverReach,
  previewProposal,
  setImpactOptions,
  setWhatIf,
  showImpact,
  toggleImpact,
} from './impact-commands';
import { importStoryText } from './library-commands';
import { select } from './selection-commands';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

/** storm -> flood -> bell; flood and smoke are filed before their causes: two temporal paradoxes. */
const harbour = storyOf({
  title: 'Harbour',
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

async function openHarbour(): Promise<void> {
  studio = await startTestStudio();
  expect((await importStoryText(s(), exportStory(harbour))).ok).toBe(true);
}

const doc = () => s().document.getState();
const impact = () => s().view.getState().impact;
const conflictsNow = async () => (await fetchAnalysis(s(), doc().revision)).value;
const lastNotice = () => s().notices.getState().notices.at(-1)?.text;

describe('showing the impact of an event', () => {
  it('toggles the ripple of the one selected event, like the Show impact button and the i key', async () => {
    await openHarbour();
    expect(toggleImpact(s())).toBe(false);
    select(s(), { events: ['storm'] });
    expect(toggleImpact(s())).toBe(true);
    expect(impact()).toEqual({ sourceId: 'storm', direction: 'forward', minImpact: 0.05 });
    toggleImpact(s());
    expect(impact()).toBeNull();
  });

  it('keeps direction, minimum impact and depth when another event is shown', async () => {
    await openHarbour();
    showImpact(s(), 'storm');
    setImpactOptions(s(), { direction: 'backward', minImpact: 0.2, maxHops: 2 });
    showImpact(s(), 'bell');
    expect(impact()).toEqual({ sourceId: 'bell', direction: 'backward', minImpact: 0.2, maxHops: 2 });
    setImpactOptions(s(), { maxHops: null });
    expect(impact()).toEqual({ sourceId: 'bell', direction: 'backward', minImpact: 0.2 });
  });

  it('forgets the hovered path and the what-if when the ripple goes or moves to another event', async () => {
    await openHarbour();
    showImpact(s(), 'storm');
    hoverReach(s(), 'flood');
    setWhatIf(s(), { label: 'stronger', ops: [{ kind: 'set-link-field', linkId: 'storm->flood', field: 'strength', value: 1 }] });
    showImpact(s(), 'fire');
    expect(s().overlay.getState()).toMatchObject({ hoveredReach: null, whatIf: null });
    hoverReach(s(), 'smoke');
    hideImpact(s());
    expect(s().overlay.getState().hoveredReach).toBeNull();
  });
});

describe('what if', () => {
  it('previews the ripple after a hypothetical edit without changing the story', async () => {
    await openHarbour();
    const revision = doc().revision;
    const stronger = [{ kind: 'set-link-field', linkId: 'storm->flood', field: 'strength', value: 1 } as const];
    const { value } = await fetchWhatIfRipple(s(), 'storm', { direction: 'forward' }, stronger, revision);
    expect(value.reached.find((r) => r.event === 'flood')?.impact).toBeCloseTo(0.7, 10);
    expect(doc().revision).toBe(revision);
    expect(doc().story.links.find((l) => l.id === 'storm->flood')?.strength).toBe(0.6);
  });

  it('applies a what-if as one undoable step when the user asks', async () => {
    await openHarbour();
    showImpact(s(), 'storm');
    setWhatIf(s(), { label: 'raise link strength', ops: [{ kind: 'set-link-field', linkId: 'storm->flood', field: 'strength', value: 0.9 }] });
    expect(applyWhatIf(s())).toBe(true);
    expect(doc().story.links.find((l) => l.id === 'storm->flood')?.strength).toBe(0.9);
    expect(doc().undoLabel).toBe('Undo raise link strength');
    expect(s().overlay.getState().whatIf).toBeNull();
    const ripple = computeRipple(buildStoryIndex(doc().story), 'storm');
    expect(ripple.reached.find((r) => r.event === 'flood')?.impact).toBeCloseTo(0.63, 10);
    undo(s());
    expect(doc().story.links.find((l) => l.id === 'storm->flood')?.strength).toBe(0.6);
  });

  it('forgets the overlays of a story when another one opens', async () => {
    await openHarbour();
    previewProposal(s(), { proposalId: 'p', patch: [] });
    expect((await importStoryText(s(), exportStory({ ...harbour, title: 'Another' }))).ok).toBe(true);
    expect(s().overlay.getState().preview).toBeNull();
  });
});

describe('accepting fixes', () => {
  it('accepts the top proposal as one undoable step; undo brings the conflict back', async () => {
    await openHarbour();
    const conflict = (await conflictsNow()).conflicts.find((c) => c.events.includes('storm'))!;
    const [top] = (await fetchProposals(s(), conflict.id, doc().revision)).value;
    expect(await acceptProposal(s(), conflict.id, 0, top!.id)).toBe(true);
    expect((await conflictsNow()).conflicts.map((c) => c.id)).not.toContain(conflict.id);
    expect(doc().undoLabel).toBe(`Undo accept fix: ${top!.description}`);
    undo(s());
    expect((await conflictsNow()).conflicts.map((c) => c.id)).toContain(conflict.id);
  });

  it('refuses a proposal that is no longer the one the user saw', async () => {
    await openHarbour();
    const conflict = (await conflictsNow()).conflicts[0]!;
    const revision = doc().revision;
    expect(await acceptProposal(s(), conflict.id, 0, 'some-other-proposal')).toBe(false);
    expect(doc().revision).toBe(revision);
    expect(lastNotice()).toBe('That proposal is no longer available.');
  });

  it('accepts all safe fixes as one step, leaves dismissed conflicts alone, and reports what it did', async () => {
    await openHarbour();
    const fire = (await conflictsNow()).conflicts.find((c) => c.events.includes('fire'))!;
    dismissConflict(s(), fire.id, 'the smoke is a premonition');
    expect(await acceptSafeFixes(s())).toBe(1);
    const after = await conflictsNow();
    expect(after.conflicts).toEqual([]);
    expect(after.dismissed.map((c) => c.id)).toEqual([fire.id]);
    expect(lastNotice()).toMatch(/^Accepted 1 safe fix, resolving 1 conflict: .+\.$/);
    expect(doc().undoLabel).toBe('Undo accept 1 safe fix');
    undo(s());
    expect((await conflictsNow()).conflicts).toHaveLength(1);
  });

  it('says when there is nothing safe to fix', async () => {
    await openHarbour();
    await acceptSafeFixes(s());
    expect(await acceptSafeFixes(s())).toBe(0);
    expect(lastNotice()).toBe('No safe fixes to apply.');
  });
});

describe('the report after accepting all safe fixes', () => {
  const step = (description: string) => ({
    conflictId: 'c',
    conflictType: 'temporal-paradox' as const,
    proposal: { id: 'p', conflictId: 'c', kind: 'remove-link' as const, description, patch: [], resolves: [], introduces: [], cost: 1 },
  });

  it('names the first few fixes and counts the rest', () => {
    const report = safeFixesReport({
      ops: [],
      steps: ['Move A after B.', 'Cap C.', 'Link D to E.', 'Remove F.', 'Remove G.'].map(step),
      resolved: ['1', '2', '3', '4', '5', '6'],
    });
    expect(report).toBe('Accepted 5 safe fixes, resolving 6 conflicts: Move A after B; Cap C; Link D to E; and 2 more.');
  });
});
