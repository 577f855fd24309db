import { afterEach, describe, expect, it } from 'vitest';
import { undo } from './document-commands';
import { editSettings } from './settings-commands';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const doc = () => s().document.getState();

describe('editing story settings', () => {
  it('applies a valid change as one undo step with the given label', async () => {
    studio = await startTestStudio();
    const before = doc().story;
    expect(editSettings(s(), [{ kind: 'set-therapy', field: 'maxIntensity', value: 0.6 }], 'change maximum intensity')).toEqual({ ok: true });
    expect(doc().story.therapy?.maxIntensity).toBe(0.6);
    expect(doc().undoLabel).toBe('Undo change maximum intensity');
    undo(s());
    expect(doc().story).toEqual(before);
  });

  it('returns the reason for an invalid value, changes nothing and raises no notice', async () => {
    studio = await startTestStudio();
    const before = doc().story;
    const notices = s().notices.getState();
    const result = editSettings(s(), [{ kind: 'set-therapy', field: 'maxIntensity', value: 1.5 }], 'change maximum intensity');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/maximum intensity/);
    expect(doc().story).toBe(before);
    expect(doc().canUndo).toBe(false);
    expect(s().notices.getState()).toEqual(notices);
  });
});
