import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
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

  it('stops writing quietly when the reader goes away, and still exits with the check status', () => {
    // Thousands of intensity spikes: far more output than a pipe holds, so the writer meets a closed pipe.
    const story = storyOf({
      therapy: { maxIntensity: 0.85 },
      events: Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, time: i, intensity: i % 2 === 0 ? 0 : 1 })),
    });
    const dir = mkdtempSync(join(tmpdir(), 'nao-pipe-'));
    const file = join(dir, 'spiky.json');
    writeFileSync(file, JSON.stringify(story));
    const child = spawnSync('bash', ['-c', `set -o pipefail; npx tsx src/cli/nao.ts check '${file}' --json | head -c 5`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(child.stdout).toBe('{"con');
    expect(child.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(child.status).toBe(1);
  }, 60_000);
});
