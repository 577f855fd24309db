import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { generateStory, type Density } from './generate-story';
import type { BaselineResult } from './measure-baselines';
import type { CheckRun } from './measure-check';
import type { CoreMemory, CoreTimes } from './measure-core';
import { printReport, type MedianCheck, type SizeResult } from './report';
import { runChild, type ChildResult } from './run-child';
import { sizeLabel } from './table';
import { timed } from './timing';

// `npm run bench`: generates stories of 1k, 10k and 100k events (typical: about 0.2 conflicts
// per event) and of 10k and 100k dense events (about 0.9 per event), measures the core on each
// in fresh child processes (timings; one realistic pass for memory; one real `nao check --json`),
// compares graph building + SCC with graphology and headless cytoscape, and prints Markdown
// tables for docs/BENCHMARKS.md. Extra arguments replace the stories: `npm run bench -- 1000
// 5000d` (a trailing d: dense).

const OUT_DIR = '.bench-out';
const DEFAULT_STORIES = ['1000', '10000', '100000', '10000d', '100000d'];

interface StorySpec {
  readonly n: number;
  readonly density: Density;
}

function parseSpec(arg: string): StorySpec {
  const match = /^(\d+)(d?)$/.exec(arg);
  if (!match) throw new Error(`not a story size: ${arg} (write 10000 or 10000d for dense)`);
  return { n: Number(match[1]), density: match[2] === 'd' ? 'dense' : 'typical' };
}
/** Cytoscape's tarjanStronglyConnected grew quadratically in our runs; beyond this estimate it is skipped. */
const CYTOSCAPE_BUDGET_MS = 60_000;
/** Without a smaller size to extrapolate from, cytoscape is only tried on stories this small. */
const CYTOSCAPE_MAX_UNMEASURED = 2_000;

function cytoscapeFor(n: number, file: string, previous: { n: number; ms: number } | undefined): ChildResult<BaselineResult> {
  if (!previous && n > CYTOSCAPE_MAX_UNMEASURED) {
    return { ok: false, error: 'skipped: >60 s expected (about 10 s at 1k in our runs, quadratic)' };
  }
  if (previous) {
    const expected = previous.ms * (n / previous.n) ** 2;
    if (expected > CYTOSCAPE_BUDGET_MS) {
      const from = `${(previous.ms / 1000).toFixed(1)} s at ${sizeLabel(previous.n)}`;
      return { ok: false, error: `skipped: >60 s expected (~${Math.round(expected / 60_000)} min, quadratic from ${from})` };
    }
  }
  return runChild<BaselineResult>('bench/measure-baselines.ts', ['cytoscape', file], { timeoutMs: 2 * CYTOSCAPE_BUDGET_MS });
}

/** Cold runs of `nao check`, each in a fresh process: one run is at the mercy of a busy moment. */
const CHECK_RUNS = 3;

/** The run with the median stats.ms of CHECK_RUNS cold runs, with every run's stats.ms. */
function medianCheck(file: string): ChildResult<MedianCheck> {
  const runs: CheckRun[] = [];
  for (let k = 0; k < CHECK_RUNS; k++) {
    const run = runChild<CheckRun>('bench/measure-check.ts', [file], { timeoutMs: 5 * 60_000 });
    if (!run.ok) return run;
    runs.push(run.value);
  }
  const sorted = [...runs].sort((a, b) => a.statsMs - b.statsMs);
  return { ok: true, value: { ...sorted[Math.floor(sorted.length / 2)]!, allStatsMs: runs.map((r) => r.statsMs) } };
}

function main(args: readonly string[]): void {
  const specs = (args.length > 0 ? args : DEFAULT_STORIES).map(parseSpec);
  mkdirSync(OUT_DIR, { recursive: true });
  const results: SizeResult[] = [];
  let cytoscapeBase: { n: number; ms: number } | undefined;
  for (const { n, density } of specs) {
    const dense = density === 'dense';
    const file = `${OUT_DIR}/bench-story-${n}${dense ? '-dense' : ''}.json`;
    const generated = timed(() => JSON.stringify(generateStory({ events: n, density })));
    writeFileSync(file, generated.value);
    const label = `${sizeLabel(n)}${dense ? ' dense' : ''}`;
    process.stderr.write(`${label}: generated in ${generated.ms.toFixed(0)} ms (${(generated.value.length / 1e6).toFixed(1)} MB); measuring...\n`);
    const times = runChild<CoreTimes>('bench/measure-core.ts', ['time', file], { gc: true, timeoutMs: 15 * 60_000 });
    const memory = runChild<CoreMemory>('bench/measure-core.ts', ['memory', file], { gc: true, timeoutMs: 5 * 60_000 });
    const check = medianCheck(file);
    const graphology = runChild<BaselineResult>('bench/measure-baselines.ts', ['graphology', file], { timeoutMs: 5 * 60_000 });
    // Cytoscape only on typical stories: its quadratic SCC says the same at any density.
    const cytoscape: ChildResult<BaselineResult> = dense ? { ok: false, error: 'not run on dense stories' } : cytoscapeFor(n, file, cytoscapeBase);
    if (cytoscape.ok && cytoscape.value.sccMs !== null) cytoscapeBase = { n, ms: cytoscape.value.sccMs };
    results.push({ n, density, label, fileMb: generated.value.length / 1e6, times, memory, check, graphology, cytoscape });
  }
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
  printReport(results, machine);
}

main(process.argv.slice(2));
