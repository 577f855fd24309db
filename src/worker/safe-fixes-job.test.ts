import { describe, expect, it } from 'vitest';
import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import { threeParadoxes } from '../core/testing/paradox-stories';
import { safeFixesJob, throttledProgress } from './safe-fixes-job';

const story = threeParadoxes;

async function run(s: Story): Promise<{ progress: FixProgress[]; steps: number }> {
  const progress: FixProgress[] = [];
  const fixes = await safeFixesJob.run({ story: s, ignore: [] }, { report: (p) => progress.push(p), signal: new AbortController().signal });
  return { progress, steps: fixes.steps.length };
}

describe('the safe-fixes job', () => {
  it('reports progress up to every conflict looked at, then gives one fix per paradox', async () => {
    const { progress, steps } = await run(story);
    expect(steps).toBe(3);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
  });

  it('leaves a dismissed paradox alone', async () => {
    const all = await safeFixesJob.run({ story, ignore: [] }, { report: () => {}, signal: new AbortController().signal });
    const dismissed = all.steps[0]!.conflictId;
    const fixes = await safeFixesJob.run({ story, ignore: [dismissed] }, { report: () => {}, signal: new AbortController().signal });
    expect(fixes.steps.map((s) => s.conflictId)).not.toContain(dismissed);
    expect(fixes.steps).toHaveLength(2);
  });

  it('fails with the reason when the story is broken', async () => {
    const broken = { ...story, events: null } as unknown as Story;
    await expect(run(broken)).rejects.toThrow();
  });
});

describe('throttled progress', () => {
  const reports = (clock: () => number): FixProgress[] => {
    const out: FixProgress[] = [];
    const report = throttledProgress((p) => out.push(p), clock);
    for (let done = 0; done <= 3; done++) report({ done, total: 3, steps: done, left: 3 });
    return out;
  };

  it('lets through the first and the finished report when the clock stands still', () => {
    expect(reports(() => 0).map((p) => p.done)).toEqual([0, 3]);
  });

  it('lets every report through when enough time passes between them', () => {
    let t = 0;
    expect(reports(() => (t += 1000)).map((p) => p.done)).toEqual([0, 1, 2, 3]);
  });
});
