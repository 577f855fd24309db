import '@vitest/web-worker';
import { proxy, wrap } from 'comlink';
import { describe, expect, it, vi } from 'vitest';
import type { FixProgress } from '../core/resolutions/fix-all';
import { threeParadoxes } from '../core/testing/paradox-stories';
import type { JobsApi, JobsPort } from '../worker/jobs-api';
import { createJobRunner } from './job-runner';

const story = threeParadoxes;

describe('a job in the jobs worker, through comlink', () => {
  it('sends its progress back through a proxied callback', async () => {
    const worker = new Worker(new URL('../worker/jobs.worker.ts', import.meta.url), { type: 'module' });
    const api = wrap<JobsApi>(worker) as unknown as JobsPort;
    const progress: FixProgress[] = [];
    const fixes = await api.run('safe-fixes', { story, ignore: [] }, proxy((p: FixProgress) => void progress.push(p)));
    expect(fixes.steps).toHaveLength(3);
    // Progress travels on the callback's own port, so it may land just after the result.
    await vi.waitFor(() => expect(progress.at(-1)).toEqual({ done: 3, total: 3, steps: 3, left: 3 }));
    expect(progress[0]).toMatchObject({ done: 0, steps: 0 });
    worker.terminate();
  });

  it('resolves with the result, a worker reused for the next job', async () => {
    let started = 0;
    const run = createJobRunner({
      useWorkers: () => true,
      createWorker: () => {
        started++;
        return new Worker(new URL('../worker/jobs.worker.ts', import.meta.url), { type: 'module' });
      },
    });
    expect((await run('safe-fixes', { story, ignore: [] }).result).steps).toHaveLength(3);
    const laid = await run('layered-layout', {
      nodes: ['a', 'b'].map((id) => ({ id, width: 40, height: 40 })),
      edges: [{ id: 'a->b', source: 'a', target: 'b' }],
    }).result;
    expect(laid.positions).toBeInstanceOf(Float64Array);
    expect(laid.positions[0]!).toBeLessThan(laid.positions[2]!);
    // The idle worker of the first job ran the second one.
    expect(started).toBe(1);
  });
});
