import type { JobDefinition } from './job';
import { layeredLayoutJob } from './layered-layout-job';
import { parseStoryJob } from './parse-story-job';
import { reportJob } from './report-job';
import { safeFixesJob } from './safe-fixes-job';

/**
 * Every background job, by name. Adding one here is all it takes to run it in the
 * jobs worker or in process: the runner's types follow from this table.
 */
export const JOBS = {
  'safe-fixes': safeFixesJob,
  'layered-layout': layeredLayoutJob,
  report: reportJob,
  'parse-story': parseStoryJob,
} as const;

export type JobName = keyof typeof JOBS;

type DefinitionOf<N extends JobName> = (typeof JOBS)[N];
export type JobInput<N extends JobName> = DefinitionOf<N> extends JobDefinition<infer I, unknown, unknown> ? I : never;
export type JobProgress<N extends JobName> = DefinitionOf<N> extends JobDefinition<unknown, infer P, unknown> ? P : never;
export type JobResult<N extends JobName> = DefinitionOf<N> extends JobDefinition<unknown, unknown, infer R> ? R : never;

/** The job of a name with its types restored (indexing JOBS by a generic name loses them). */
export function jobOf<N extends JobName>(name: N): JobDefinition<JobInput<N>, JobProgress<N>, JobResult<N>> {
  return JOBS[name] as unknown as JobDefinition<JobInput<N>, JobProgress<N>, JobResult<N>>;
}
