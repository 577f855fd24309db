import { describe, expect, it } from 'vitest';
import type { Story } from '../core/model/story';
import { storyOf } from '../core/testing/story-builder';
import { runSafeFixesJob } from './safe-fixes-job';
import type { SafeFixesMessage } from './safe-fixes-protocol';

/** Three paradoxes: each effect filed before its cause. */
const story = storyOf({
  events: [
    { id: 'storm', time: 5 },
    { id: 'flood', time: 4 },
    { id: 'fire', time: 20 },
    { id: 'smoke', time: 10 },
    { id: 'ship', time: 40 },
    { id: 'rescue', time: 30 },
  ],
  links: [
    { from: 'storm', to: 'flood' },
    { from: 'fire', to: 'smoke' },
    { from: 'ship', to: 'rescue' },
  ],
});

function run(s: Story, clock: () => number): SafeFixesMessage[] {
  const messages: SafeFixesMessage[] = [];
  runSafeFixesJob({ kind: 'fix', requestId: 7, story: s, ignore: [] }, (m) => messages.push(m), clock);
  return messages;
}

describe('the safe-fixes worker job', () => {
  it('posts progress, then the fixes for its request', () => {
    const messages = run(story, () => 0);
    const last = messages[messages.length - 1]!;
    expect(last.kind).toBe('result');
    expect(last.kind === 'result' && last.fixes.steps.length).toBe(3);
    expect(messages.every((m) => m.requestId === 7)).toBe(true);
    const progress = messages.filter((m) => m.kind === 'progress');
    // With a clock that stands still, only the first report and the finished ones get through.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBeLessThan(6);
    expect(progress[progress.length - 1]).toMatchObject({ done: 3, total: 3 });
  });

  it('posts every report when enough time passes between them', () => {
    let t = 0;
    const progress = run(story, () => (t += 1000)).filter((m) => m.kind === 'progress');
    expect(progress.map((m) => m.kind === 'progress' && m.done)).toEqual([0, 1, 2, 3, 3]);
  });

  it('posts an error instead of crashing the worker', () => {
    const broken = { ...story, events: null } as unknown as Story;
    const messages = run(broken, () => 0);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.kind).toBe('error');
  });
});
