import { afterEach, describe, expect, it } from 'vitest';
import type { FixProgress } from '../core/resolutions/fix-all';
import { exportStory } from '../core/story/export-story';
import { storyOf } from '../core/testing/story-builder';
import type { SafeFixes } from '../worker/protocol';
import { acceptSafeFixes, cancelSafeFixes } from './conflict-commands';
import { edit, undo } from './document-commands';
import { fetchAnalysis } from './fetchers';
import { importStoryText } from './library-commands';
import { createJobRunner } from './job-runner';
import type { SafeFixesRunner } from './safe-fixes-runner';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  s().session.safeFixesRunner = undefined;
  await studio?.dispose();
  studio = undefined;
});

/** Two temporal paradoxes: smoke and flood are filed before their causes. */
const harbour = storyOf({
  title: 'Harbour',
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'fire', title: 'The lamp catches fire', time: 20 },
    { id: 'smoke', title: 'Smoke fills the tower', time: 10 },
  ],
  links: [
    { from: 'storm', to: 'flood', strength: 0.6 },
    { from: 'fire', to: 'smoke', strength: 0.6 },
  ],
});

async function openHarbour(): Promise<void> {
  studio = await startTestStudio();
  expect((await importStoryText(s(), exportStory(harbour))).ok).toBe(true);
}

const doc = () => s().document.getState();
const lastNotice = () => s().notices.getState().notices.at(-1)?.text;
const conflictCount = async () => (await fetchAnalysis(s(), doc().revision)).value.conflicts.length;

/**
 * A runner the test finishes by hand: it reports progress when told to and answers
 * with what the job, run in process, computed for the same snapshot.
 */
function heldRunner(): { runner: SafeFixesRunner; report(p: FixProgress): void; release(): void; cancelled(): boolean } {
  let report: (p: FixProgress) => void = () => {};
  let release: () => void = () => {};
  let cancelled = false;
  const runner: SafeFixesRunner = (story, ignore, onProgress) => {
    report = onProgress;
    const inner = createJobRunner({ useWorkers: () => false })('safe-fixes', { story, ignore });
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let rejectNow: (e: Error) => void = () => {};
    const result = new Promise<SafeFixes>((resolve, reject) => {
      rejectNow = reject;
      void gate.then(() => inner.result.then(resolve, reject));
    });
    return {
      result,
      cancel() {
        cancelled = true;
        rejectNow(new Error('cancelled'));
      },
    };
  };
  return { runner, report: (p) => report(p), release: () => release(), cancelled: () => cancelled };
}

describe('accepting all safe fixes in the background', () => {
  it('shows how far it got while it runs, and applies everything as one undoable step', async () => {
    await openHarbour();
    const held = heldRunner();
    s().session.safeFixesRunner = held.runner;
    const accepted = acceptSafeFixes(s());
    expect(s().safeFixes.getState()).toMatchObject({ running: true, done: 0 });
    held.report({ done: 1, total: 2, steps: 0, left: 2 });
    expect(s().safeFixes.getState()).toEqual({ running: true, done: 1, total: 2, steps: 0, left: 2, first: 2 });
    // A later pass has fewer conflicts left; the count to begin with stays.
    held.report({ done: 3, total: 3, steps: 1, left: 1 });
    expect(s().safeFixes.getState()).toMatchObject({ left: 1, first: 2, steps: 1 });
    // Analysis keeps answering meanwhile: the fixes do not run on the analysis worker.
    expect(await conflictCount()).toBe(2);
    held.release();
    expect(await accepted).toBe(2);
    expect(s().safeFixes.getState().running).toBe(false);
    expect(await conflictCount()).toBe(0);
    expect(doc().undoLabel).toBe('Undo accept 2 safe fixes');
    undo(s());
    expect(await conflictCount()).toBe(2);
  });

  it('applies nothing when cancelled, and says so', async () => {
    await openHarbour();
    const held = heldRunner();
    s().session.safeFixesRunner = held.runner;
    const revision = doc().revision;
    const accepted = acceptSafeFixes(s());
    cancelSafeFixes(s());
    expect(await accepted).toBe(0);
    expect(held.cancelled()).toBe(true);
    expect(doc().revision).toBe(revision);
    expect(doc().canUndo).toBe(false);
    expect(lastNotice()).toBe('Accepting safe fixes was cancelled; nothing was applied.');
    expect(s().safeFixes.getState().running).toBe(false);
  });

  it('stops and discards the result when the story changes meanwhile', async () => {
    await openHarbour();
    const held = heldRunner();
    s().session.safeFixesRunner = held.runner;
    const accepted = acceptSafeFixes(s());
    expect(edit(s(), { kind: 'set-event-field', eventId: 'storm', field: 'title', value: 'The great storm' })).toBe(true);
    expect(held.cancelled()).toBe(true);
    expect(await accepted).toBe(0);
    expect(lastNotice()).toBe('The story changed while the safe fixes were being prepared; nothing was applied. Please try again.');
    expect(await conflictCount()).toBe(2);
    expect(doc().undoLabel).toBe('Undo rename event');
  });

  it('runs once at a time', async () => {
    await openHarbour();
    const held = heldRunner();
    s().session.safeFixesRunner = held.runner;
    const first = acceptSafeFixes(s());
    expect(await acceptSafeFixes(s())).toBe(0);
    held.release();
    expect(await first).toBe(2);
  });

  it('says what went wrong when the fixes cannot be computed', async () => {
    await openHarbour();
    s().session.safeFixesRunner = () => ({ result: Promise.reject(new Error('out of memory')), cancel() {} });
    expect(await acceptSafeFixes(s())).toBe(0);
    expect(lastNotice()).toBe('The safe fixes could not be computed: out of memory');
  });
});
