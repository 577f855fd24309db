import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notify } from './notices';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
beforeEach(async () => {
  studio = await startTestStudio();
  studio.notices.setState({ notices: [] });
});
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

describe('notify', () => {
  it('shows a repeated message once, as the newest notice', () => {
    const s = studio!;
    notify(s, 'error', 'Saving failed.');
    notify(s, 'info', 'Accepted: add a bridge');
    const again = notify(s, 'error', 'Saving failed.');
    expect(s.notices.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      ['info', 'Accepted: add a bridge'],
      ['error', 'Saving failed.'],
    ]);
    expect(s.notices.getState().notices.at(-1)?.id).toBe(again);
  });

  it('keeps the same words of another kind apart, and only the newest five', () => {
    const s = studio!;
    notify(s, 'info', 'Done.');
    notify(s, 'error', 'Done.');
    for (let i = 1; i <= 5; i++) notify(s, 'info', `Step ${i}`);
    expect(s.notices.getState().notices.map((n) => n.text)).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5']);
    s.notices.setState({ notices: [] });
    notify(s, 'info', 'Done.');
    notify(s, 'error', 'Done.');
    expect(s.notices.getState().notices.map((n) => n.kind)).toEqual(['info', 'error']);
  });
});
