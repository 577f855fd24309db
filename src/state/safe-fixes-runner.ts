import type { Story } from '../core/model/story';
import type { FixProgress } from '../core/resolutions/fix-all';
import type { SafeFixes } from '../worker/protocol';
import { jobRunner, type RunningJob } from './job-runner';
import type { Studio } from './studio-context';

/** A running "accept all safe fixes" computation. `result` rejects with an AbortError after `cancel()`. */
export type SafeFixesJob = RunningJob<SafeFixes>;

/** Computes the safe fixes of a story snapshot, dismissed conflicts (`ignore`) left alone, reporting progress. */
export type SafeFixesRunner = (story: Story, ignore: readonly string[], onProgress: (progress: FixProgress) => void) => SafeFixesJob;

/**
 * The runner acceptSafeFixes uses: the studio's own (tests set `session.safeFixesRunner`),
 * else the 'safe-fixes' job on the studio's job runner (a worker of its own, or this
 * thread where workers cannot start).
 */
export function safeFixesRunner(s: Studio): SafeFixesRunner {
  return s.session.safeFixesRunner ?? ((story, ignore, onProgress) => jobRunner(s)('safe-fixes', { story, ignore }, onProgress));
}
