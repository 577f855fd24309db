/// <reference lib="webworker" />
import { expose, type Endpoint } from 'comlink';
import { createJobsApi } from './jobs-api';

/** The worker that runs background jobs (src/worker/jobs.ts) behind comlink. */
expose(createJobsApi(), self as unknown as Endpoint);
