import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryPersistence, type Persistence } from './persistence';
import { startStudio, type StudioHandle } from './studio';
import { createInProcessHost } from './in-process-host';
import type { WorkerHostFactory } from './worker-host';

/** Text of a conformance fixture (test-data/fixtures/NAME.json). */
export function fixtureText(name: string): string {
  return readFileSync(join(process.cwd(), 'test-data', 'fixtures', `${name}.json`), 'utf8');
}

/** Number of conflicts a fixture is expected to have. */
export function expectedConflictCount(name: string): number {
  const expected = JSON.parse(readFileSync(join(process.cwd(), 'test-data', 'fixtures', `${name}.expected.json`), 'utf8')) as {
    conflicts: unknown[];
  };
  return expected.conflicts.length;
}

export interface TestStudio {
  readonly handle: StudioHandle;
  readonly persistence: Persistence;
}

/** A studio over memory storage and an in-process orchestrator, first-started with a fixture as its sample. */
export async function startTestStudio(
  options: { persistence?: Persistence; sample?: string; workerHost?: WorkerHostFactory } = {},
): Promise<TestStudio> {
  const persistence = options.persistence ?? createMemoryPersistence();
  const handle = await startStudio({
    persistence,
    workerHost: options.workerHost ?? (() => createInProcessHost()),
    loadSample: async () => fixtureText(options.sample ?? 'temporal-paradox'),
    pageEvents: false,
    // Node has BroadcastChannel across vitest's worker threads: test files must not hear each other.
    tabSync: false,
    autosaveDelayMs: 5,
  });
  return { handle, persistence };
}
