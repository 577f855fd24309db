import { afterEach, describe, expect, it } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import { beginGesture, edit, endGesture, redo, undo } from './document-commands';
import { fetchAnalysis } from './fetchers';
import { startTestStudio, type TestStudio } from './test-studio';
import { isStaleRevisionError } from '../worker/protocol';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const doc = () => s().document.getState();
const eventTime = (id: string): number | undefined => doc().story.events.find((e) => e.id === id)?.time;
const moveFlood = (time: number): EditOp => ({ kind: 'set-event-field', eventId: 'flood', field: 'time', value: time });

describe('editing the open story', () => {
  it('makes each edit one undo step, labelled by what it did', async () => {
    studio = await startTestStudio();
    expect(doc().canUndo).toBe(false);
    expect(edit(s(), moveFlood(6))).toBe(true);
    expect(eventTime('flood')).toBe(6);
    expect(doc().canUndo).toBe(true);
    expect(doc().undoLabel).toBe('Undo move event');
  });

  it('uses the label it is given', async () => {
    studio = await startTestStudio();
    edit(s(), moveFlood(6), 'nudge the flood');
    expect(doc().undoLabel).toBe('Undo nudge the flood');
  });

  it('undoes and redoes through inverses, back to exactly the same story', async () => {
    studio = await startTestStudio();
    const original = doc().story;
    edit(s(), [moveFlood(6), { kind: 'set-story-title', title: 'Changed' }], 'two changes');
    expect(undo(s())).toBe(true);
    expect(doc().story).toEqual(original);
    expect(doc().canUndo).toBe(false);
    expect(doc().redoLabel).toBe('Redo two changes');
    expect(redo(s())).toBe(true);
    expect(eventTime('flood')).toBe(6);
    expect(doc().story.title).toBe('Changed');
    expect(doc().undoLabel).toBe('Undo two changes');
    expect(doc().canRedo).toBe(false);
  });

  it('forgets the redo steps after a new edit', async () => {
    studio = await startTestStudio();
    edit(s(), moveFlood(6));
    undo(s());
    edit(s(), moveFlood(10));
    expect(doc().canRedo).toBe(false);
    expect(redo(s())).toBe(false);
  });

  it('makes a drag one step, however many moves it made', async () => {
    studio = await startTestStudio();
    const before = eventTime('flood');
    beginGesture(s(), 'move event');
    for (const t of [5, 6, 7, 8]) edit(s(), moveFlood(t));
    endGesture(s());
    expect(eventTime('flood')).toBe(8);
    expect(doc().undoLabel).toBe('Undo move event');
    undo(s());
    expect(eventTime('flood')).toBe(before);
    expect(doc().canUndo).toBe(false);
  });

  it('leaves no step behind for a gesture that changed nothing', async () => {
    studio = await startTestStudio();
    beginGesture(s(), 'move event');
    endGesture(s());
    expect(doc().canUndo).toBe(false);
  });

  it('refuses an invalid edit with a notice and changes nothing', async () => {
    studio = await startTestStudio();
    const { story, revision } = doc();
    expect(edit(s(), [moveFlood(6), { kind: 'remove-event', eventId: 'no-such-event' }])).toBe(false);
    expect(doc().story).toBe(story);
    expect(doc().revision).toBe(revision);
    expect(doc().canUndo).toBe(false);
    expect(s().notices.getState().notices.at(-1)?.kind).toBe('error');
  });

  it('gives every change a new revision, and the worker follows it', async () => {
    studio = await startTestStudio();
    const r0 = doc().revision;
    edit(s(), moveFlood(6));
    const r1 = doc().revision;
    undo(s());
    const r2 = doc().revision;
    redo(s());
    const r3 = doc().revision;
    expect(r1).toBeGreaterThan(r0);
    expect(r2).toBeGreaterThan(r1);
    expect(r3).toBeGreaterThan(r2);
    const analysis = await fetchAnalysis(s(), r3);
    expect(analysis.revision).toBe(r3);
    expect(analysis.value.conflicts).toEqual([]);
  });

  it('never answers for an old revision once the story moved on', async () => {
    studio = await startTestStudio();
    const old = doc().revision;
    edit(s(), moveFlood(6));
    const failure = await fetchAnalysis(s(), old).catch((e: unknown) => e);
    expect(isStaleRevisionError(failure)).toBe(true);
  });
});
