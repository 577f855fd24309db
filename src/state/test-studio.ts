import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInProcessHost } from './in-process-host';
import { importStoryText } from './library-commands';
import { createMemoryPersistence, type Persistence } from './persistence';
import { createStudio, type Studio, type StudioOptions } from './studio';
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

/** A started studio of a test, with the storage it was given (memory unless the test chose one). */
export interface TestStudio extends Studio {
  readonly storage: Persistence;
}

/** Options of a test studio: memory storage and an in-process orchestrator unless given. */
export function testStudioOptions(options: { persistence?: Persistence; sample?: string; workerHost?: WorkerHostFactory } = {}): StudioOptions & { persistence: Persistence } {
  return {
    persistence: options.persistence ?? createMemoryPersistence(),
    workerHost: options.workerHost ?? (() => createInProcessHost()),
    loadSample: async () => fixtureText(options.sample ?? 'temporal-paradox'),
    pageEvents: false,
    // Node has BroadcastChannel across vitest's worker threads: test files must not hear each other.
    tabSync: false,
    autosaveDelayMs: 5,
  };
}

/** A fresh studio of its own (stores, session, query client), started over memory storage with a fixture as its sample. */
export async function startTestStudio(options: { persistence?: Persistence; sample?: string; workerHost?: WorkerHostFactory } = {}): Promise<TestStudio> {
  const studioOptions = testStudioOptions(options);
  const studio = createStudio(studioOptions);
  await studio.start();
  return Object.assign(studio, { storage: studioOptions.persistence });
}

/** A test studio with a conformance fixture imported and open. */
export async function startStudioWithFixture(name: string): Promise<TestStudio> {
  const studio = await startTestStudio();
  const result = await importStoryText(studio, fixtureText(name));
  if (!result.ok) throw new Error(`fixture ${name} does not import`);
  return studio;
}
