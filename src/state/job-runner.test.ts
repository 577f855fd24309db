import { afterEach, describe, expect, it } from 'vitest';
import type { FixProgress } from '../core/resolutions/fix-all';
import { storyOf } from '../core/testing/story-builder';
import { isAbortError } from '../worker/job';
import { createJobRunner } from './job-runner';
import { resetWorkersUsable } from './worker-start';

afterEach(() => resetWorkersUsable());

/** Two temporal paradoxes: smoke and flood are filed before their causes. */
const story = storyOf({
  events: [
    { id: 'storm', time: 5 },
    { id: 'flood', time: 4 },
    { id: 'fire', time: 20 },
    { id: 'smoke', time: 10 },
  ],
  links: [
    { from: 'storm', to: 'flood' },
    { from: 'fire', to: 'smoke' },
  ],
});

/**
 * A stand-in for a Worker that never runs anything: it counts terminate() and can
 * fail the way a worker whose script cannot load does (an error event, no answer).
 */
class SilentWorker extends EventTarget {
  terminated = 0;
  postMessage(): void {}
  terminate(): void {
    this.terminated++;
  }
  failToLoad(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

describe('a job run in process (no workers here)', () => {
  const run = createJobRunner({ useWorkers: () => false });

  it('reports its progress and resolves with its result', async () => {
    const progress: FixProgress[] = [];
    const fixes = await run('safe-fixes', { story, ignore: [] }, (p) => progress.push(p)).result;
    expect(fixes.steps).toHaveLength(2);
    expect(fixes.resolved).toHaveLength(2);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2, steps: 2 });
  });

  it('lays out a causal chain left to right with the layered layout job, phase by phase', async () => {
    const phases: string[] = [];
    const input = {
      nodes: ['a', 'b'].map((id) => ({ id, width: 40, height: 40 })),
      edges: [{ id: 'a->b', source: 'a', target: 'b' }],
    };
    const laid = await run('layered-layout', input, (p) => phases.push(p.phase)).result;
    expect(laid.ids).toEqual(['a', 'b']);
    expect(laid.positions[0]!).toBeLessThan(laid.positions[2]!);
    expect(phases).toEqual(['loading', 'layout', 'done']);
  });

  it('stops when cancelled: the result rejects with an AbortError and no progress follows', async () => {
    const progress: FixProgress[] = [];
    const job = run('safe-fixes', { story, ignore: [] }, (p) => progress.push(p));
    job.cancel();
    const failure = await job.result.catch((e: unknown) => e);
    expect(isAbortError(failure)).toBe(true);
    expect(progress).toEqual([]);
  });
});

describe('falling back to this thread', () => {
  it('runs the job in process when a worker cannot be constructed, and does not try again', async () => {
    let attempts = 0;
    const run = createJobRunner({
      useWorkers: () => true,
      createWorker: () => {
        attempts++;
        throw new Error('Workers are blocked by the content security policy');
      },
    });
    expect((await run('safe-fixes', { story, ignore: [] }).result).steps).toHaveLength(2);
    expect((await run('safe-fixes', { story, ignore: [] }).result).steps).toHaveLength(2);
    expect(attempts).toBe(1);
  });

  it('runs the job in process when the worker fails before its first answer', async () => {
    const worker = new SilentWorker();
    let attempts = 0;
    const run = createJobRunner({
      useWorkers: () => true,
      createWorker: () => {
        attempts++;
        return worker as unknown as Worker;
      },
    });
    const job = run('safe-fixes', { story, ignore: [] });
    worker.failToLoad('jobs.worker.js could not be loaded');
    expect((await job.result).steps).toHaveLength(2);
    expect(worker.terminated).toBe(1);
    expect((await run('safe-fixes', { story, ignore: [] }).result).steps).toHaveLength(2);
    expect(attempts).toBe(1);
  });
});

describe('a job in a worker', () => {
  it('is stopped by cancel: its worker is terminated and the result rejects with an AbortError', async () => {
    const worker = new SilentWorker();
    const run = createJobRunner({ useWorkers: () => true, createWorker: () => worker as unknown as Worker });
    const job = run('safe-fixes', { story, ignore: [] });
    job.cancel();
    const failure = await job.result.catch((e: unknown) => e);
    expect(isAbortError(failure)).toBe(true);
    expect(worker.terminated).toBe(1);
  });
});
