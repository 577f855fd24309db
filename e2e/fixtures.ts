import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(process.cwd(), 'test-data', 'fixtures');

/** Path of a conformance fixture's story file. */
export function fixturePath(name: string): string {
  return join(FIXTURES, `${name}.json`);
}

/** How many conflicts the fixture's expected file lists. */
export function expectedConflictCount(name: string): number {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { conflicts: unknown[] };
  return expected.conflicts.length;
}

/** Title of a fixture story. */
export function fixtureTitle(name: string): string {
  return (JSON.parse(readFileSync(fixturePath(name), 'utf8')) as { title: string }).title;
}
