import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { generateStory } from './generate-story';
import type { BaselineResult } from './measure-baselines';
import type { CoreMemory, CoreTimes } from './measure-core';
import { printReport, type SizeResult } from './report';
import { runChild, type ChildResult } from './run-child';
import { sizeLabel } from './table';
import { timed } from './timing';

// `npm run bench`: generates stories of 1k, 10k and 100k events, measures the core on each in
// fresh child processes (timings; one realistic pass for memory), compares graph building + SCC
// with graphology and headless cytoscape, and prints Markdown tables for docs/BENCHMARKS.md.
// Extra arguments replace the sizes: `npm run bench -- 1000 5000`.

const OUT_DIR = '.bench-out';
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
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

function main(args: readonly string[]): void {
  const sizes = args.length > 0 ? args.map(Number) : DEFAULT_SIZES;
  mkdirSync(OUT_DIR, { recursive: true });
  const results: SizeResult[] = [];
  let cytoscapeBase: { n: number; ms: number } | undefined;
  for (const n of sizes) {
    const file = `${OUT_DIR}/bench-story-${n}.json`;
    const generated = timed(() => JSON.stringify(generateStory({ events: n })));
    writeFileSync(file, generated.value);
    process.stderr.write(`${n} events: generated in ${generated.ms.toFixed(0)} ms (${(generated.value.length / 1e6).toFixed(1)} MB); measuring...\n`);
    const times = runChild<CoreTimes>('bench/measure-core.ts', ['time', file], { gc: true, timeoutMs: 15 * 60_000 });
    const memory = runChild<CoreMemory>('bench/measure-core.ts', ['memory', file], { gc: true, timeoutMs: 5 * 60_000 });
    const graphology = runChild<BaselineResult>('bench/measure-baselines.ts', ['graphology', file], { timeoutMs: 5 * 60_000 });
    const cytoscape = cytoscapeFor(n, file, cytoscapeBase);
    if (cytoscape.ok && cytoscape.value.sccMs !== null) cytoscapeBase = { n, ms: cytoscape.value.sccMs };
    results.push({ n, fileMb: generated.value.length / 1e6, times, memory, graphology, cytoscape });
  }
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
  printReport(results, machine);
}

main(process.argv.slice(2));
