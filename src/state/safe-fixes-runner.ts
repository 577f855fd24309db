import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import type { SafeFixes } from '../worker/protocol';
import { jobRunner, type RunningJob } from './job-runner';

/** A running "accept all safe fixes" computation. `result` rejects with an AbortError after `cancel()`. */
export type SafeFixesJob = RunningJob<SafeFixes>;

/** Computes the safe fixes of a story snapshot, dismissed conflicts (`ignore`) left alone, reporting progress. */
export type SafeFixesRunner = (story: Story, ignore: readonly string[], onProgress: (progress: FixProgress) => void) => SafeFixesJob;

/** The 'safe-fixes' job on the studio's job runner: a worker of its own, or this thread where workers cannot start. */
const defaultRunner: SafeFixesRunner = (story, ignore, onProgress) => jobRunner()('safe-fixes', { story, ignore }, onProgress);

let runner: SafeFixesRunner | undefined;

/** The runner acceptSafeFixes uses. */
export function safeFixesRunner(): SafeFixesRunner {
  return runner ?? defaultRunner;
}

/** Replaces the runner (tests); undefined restores the default. */
export function setSafeFixesRunner(next: SafeFixesRunner | undefined): void {
  runner = next;
}
