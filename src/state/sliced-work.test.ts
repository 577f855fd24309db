import { describe, expect, it } from 'vitest';
import { runSliced, type Slicer } from './sliced-work';

function* counting(n: number, done: number[]): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    done.push(i);
    yield;
  }
  return 'finished';
}

describe('runSliced', () => {
  it('pauses once a slice has used its time, and resumes where it stopped', async () => {
    let clock = 0;
    const done: number[] = [];
    const seenAtPause: number[] = [];
    const slicer: Slicer = {
      sliceMs: 3,
      pause: () => {
        seenAtPause.push(done.length);
        return Promise.resolve();
      },
    };
    // Each step takes 1 ms on this clock.
    const result = await runSliced(counting(7, done), slicer, () => clock++);
    expect(result).toBe('finished');
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seenAtPause.length).toBeGreaterThan(0);
    expect(seenAtPause.every((n, i) => i === 0 || n > seenAtPause[i - 1]!)).toBe(true);
  });

  it('goes on without pausing when the slicer says it is in a hurry, or without a slicer', async () => {
    const done: number[] = [];
    let pauses = 0;
    const hurried: Slicer = {
      sliceMs: 0,
      pause: () => {
        pauses++;
        return undefined;
      },
    };
    expect(await runSliced(counting(5, done), hurried)).toBe('finished');
    expect(done).toHaveLength(5);
    expect(pauses).toBeGreaterThan(0);
    expect(await runSliced(counting(3, []))).toBe('finished');
  });
});
