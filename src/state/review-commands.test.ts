import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_PROFILES } from '../core/review/starter-profiles';
import { undo } from './document-commands';
import { addNote, applyStarterProfile, setNoteResolved, setTherapyLimit } from './review-commands';
import { getReview } from './review-store';
import { documentStore } from './stores';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
afterEach(async () => {
  await studio?.handle.stop();
  studio = undefined;
});

const story = () => documentStore.getState().story;

describe('review commands', () => {
  it('add a note with the author remembered, resolve it and undo the resolve in one step each', async () => {
    studio = await startTestStudio({ sample: 'intensity-over-limit' });
    const id = addNote('a', '  Too intense for week one  ', 'Dr. Rao');
    expect(id).not.toBeNull();
    expect(story().notes).toEqual([expect.objectContaining({ id, text: 'Too intense for week one', author: 'Dr. Rao', event: 'a' })]);
    expect(getReview().author).toBe('Dr. Rao');
    expect(setNoteResolved(id!, true)).toBe(true);
    expect(story().notes![0]!.resolved).toBe(true);
    expect(documentStore.getState().undoLabel).toBe('Undo resolve note');
    undo();
    expect(story().notes![0]!.resolved).toBeUndefined();
    undo();
    expect(story().notes).toBeUndefined();
  });

  it('apply a starter profile as one undo step and refuse an out-of-range limit without changing anything', async () => {
    studio = await startTestStudio({ sample: 'intensity-over-limit' });
    const before = story();
    const gentle = STARTER_PROFILES.find((p) => p.id === 'gentle')!;
    expect(applyStarterProfile(gentle)).toBe(true);
    expect(story().therapy).toMatchObject(gentle.limits);
    undo();
    expect(story()).toEqual(before);
    expect(setTherapyLimit('maxIntensity', 1.5, 'Maximum intensity')).toBe(false);
    expect(story()).toEqual(before);
  });
});
