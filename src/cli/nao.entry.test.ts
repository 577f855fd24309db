import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectedKeys, REPO_ROOT } from './testing/memory-io';

// One real process: proves the entry wires argv, stdout and the exit status. tsx starts slowly,
// so everything else runs in-process through run().
describe('the nao entry point', () => {
  it('checks a fixture from the command line: JSON on stdout, exit 1', () => {
    const child = spawnSync('npx', ['tsx', 'src/cli/nao.ts', 'check', 'test-data/fixtures/temporal-paradox.json', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    const lines = child.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as { conflicts: { type: string; events: string[] }[] };
    expect(report.conflicts.map((c) => `${c.type}|${[...c.events].sort().join(',')}`)).toEqual(expectedKeys('temporal-paradox'));
  }, 60_000);
});
