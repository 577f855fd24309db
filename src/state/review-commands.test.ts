import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_PROFILES } from '../core/review/starter-profiles';
import { undo } from './document-commands';
import { addNote, applyStarterProfile, setNoteResolved, setTherapyLimit } from './review-commands';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const story = () => s().document.getState().story;

describe('review commands', () => {
  it('add a note with the author remembered, resolve it and undo the resolve in one step each', async () => {
    studio = await startTestStudio({ sample: 'intensity-over-limit' });
    const id = addNote(s(), 'a', '  Too intense for week one  ', 'Dr. Rao');
    expect(id).not.toBeNull();
    expect(story().notes).toEqual([expect.objectContaining({ id, text: 'Too intense for week one', author: 'Dr. Rao', event: 'a' })]);
    expect(s().review.getState().author).toBe('Dr. Rao');
    expect(setNoteResolved(s(), id!, true)).toBe(true);
    expect(story().notes![0]!.resolved).toBe(true);
    expect(s().document.getState().undoLabel).toBe('Undo resolve note');
    undo(s());
    expect(story().notes![0]!.resolved).toBeUndefined();
    undo(s());
    expect(story().notes).toBeUndefined();
  });

  it('apply a starter profile as one undo step and refuse an out-of-range limit without changing anything', async () => {
    studio = await startTestStudio({ sample: 'intensity-over-limit' });
    const before = story();
    const gentle = STARTER_PROFILES.find((p) => p.id === 'gentle')!;
    expect(applyStarterProfile(s(), gentle)).toBe(true);
    expect(story().therapy).toMatchObject(gentle.limits);
    undo(s());
    expect(story()).toEqual(before);
    expect(setTherapyLimit(s(), 'maxIntensity', 1.5, 'Maximum intensity')).toBe(false);
    expect(story()).toEqual(before);
  });
});
