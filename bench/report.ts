import type { BaselineResult } from './measure-baselines';
import type { CoreMemory, CoreTimes } from './measure-core';
import type { ChildResult } from './run-child';
import { fmtMs, markdownTable, sizeLabel } from './table';

/** Everything measured for one story size. */
export interface SizeResult {
  readonly n: number;
  readonly fileMb: number;
  readonly times: ChildResult<CoreTimes>;
  readonly memory: ChildResult<CoreMemory>;
  readonly graphology: ChildResult<BaselineResult>;
  readonly cytoscape: ChildResult<BaselineResult>;
}

const count = (x: number): string => x.toLocaleString('en-US');

/** A cell from a child's result, or its error (timeout, crash, skipped). */
function cell<T>(r: ChildResult<T>, show: (value: T) => string): string {
  return r.ok ? show(r.value) : r.error;
}

const sccCell = (b: BaselineResult): string => (b.sccMs === null ? (b.error ?? 'failed') : fmtMs(b.sccMs));

interface Target {
  readonly what: string;
  readonly n: number;
  readonly limit: number;
  readonly unit: 'ms' | 'MB';
  readonly measured: (r: SizeResult) => number | undefined;
}

const TARGETS: readonly Target[] = [
  { what: 'full analysis, all 15 rules', n: 10_000, limit: 100, unit: 'ms', measured: (r) => (r.times.ok ? r.times.value.analyzeMs : undefined) },
  { what: 'full analysis, all 15 rules', n: 100_000, limit: 1000, unit: 'ms', measured: (r) => (r.times.ok ? r.times.value.analyzeMs : undefined) },
  { what: 'ripple from one event', n: 100_000, limit: 50, unit: 'ms', measured: (r) => (r.times.ok ? r.times.value.rippleMs : undefined) },
  { what: 'peak memory (process RSS)', n: 100_000, limit: 400, unit: 'MB', measured: (r) => (r.memory.ok ? r.memory.value.peakRssMb : undefined) },
];

function coreTable(results: readonly SizeResult[]): string {
  const row = (label: string, show: (r: SizeResult) => string, target = ''): string[] => [label, ...results.map(show), target];
  const t = (show: (v: CoreTimes) => string) => (r: SizeResult) => cell(r.times, show);
  const m = (show: (v: CoreMemory) => string) => (r: SizeResult) => cell(r.memory, show);
  const rows = [
    row('events / links', t((v) => `${count(v.events)} / ${count(v.links)}`)),
    row('story file', (r) => `${r.fileMb.toFixed(1)} MB`),
    row('JSON.parse', t((v) => fmtMs(v.parseMs))),
    row('validation + load (loadStory)', t((v) => fmtMs(v.loadMs))),
    row('**full analysis** (analyzeStory), median', t((v) => fmtMs(v.analyzeMs)), '≤ 100 ms at 10k, ≤ 1 s at 100k'),
    row('  fastest run', t((v) => fmtMs(v.analyzeMinMs))),
    row('  process CPU time, median (all threads)', t((v) => fmtMs(v.analyzeCpuMs))),
    row('  index (buildStoryIndex)', t((v) => fmtMs(v.indexMs))),
    row('  rules only (detectConflicts)', t((v) => fmtMs(v.rulesMs))),
    row('    rule detection alone (15 × detect)', t((v) => fmtMs(v.detectMs))),
    row('    merging, ids and messages', t((v) => fmtMs(v.rulesMs - v.detectMs))),
    row('  scores', t((v) => fmtMs(v.scoresMs))),
    row('conflicts found', t((v) => count(v.conflicts))),
    row('**ripple** from one event (median of 20)', t((v) => fmtMs(v.rippleMs)), '≤ 50 ms at 100k'),
    row('  slowest of the 20', t((v) => fmtMs(v.rippleMaxMs))),
    row('  events reached (median)', t((v) => count(v.rippleReached))),
    row('**peak RSS** (whole process)', m((v) => `${v.peakRssMb.toFixed(0)} MB`), '< 400 MB at 100k'),
    row('  RSS before reading (node + tsx + modules)', m((v) => `${v.baselineRssMb.toFixed(0)} MB`)),
    row('  peak RSS minus that baseline', m((v) => `${(v.peakRssMb - v.baselineRssMb).toFixed(0)} MB`)),
    row('  peak heap (sampled after each phase)', m((v) => `${v.peakHeapMb.toFixed(0)} MB`)),
    row('  heap by phase: read/parse/load/analyze/ripple', m((v) => Object.values(v.heapByPhaseMb).map((x) => x.toFixed(0)).join('/'))),
    row('  heap retained after GC (story + analysis)', m((v) => `${v.retainedHeapMb.toFixed(0)} MB`)),
  ];
  return markdownTable(['', ...results.map((r) => sizeLabel(r.n)), 'target'], rows);
}

function graphTable(results: readonly SizeResult[]): string {
  const row = (label: string, show: (r: SizeResult) => string): string[] => [label, ...results.map(show)];
  const rows = [
    row('core: index + SCC (iterative Tarjan on CSR)', (r) => cell(r.times, (v) => fmtMs(v.indexSccMs))),
    row('core: causal-cycle rule, detect alone', (r) => cell(r.times, (v) => fmtMs(v.perRule.find((p) => p.type === 'causal-cycle')?.detectMs))),
    row('graphology: build graph', (r) => cell(r.graphology, (v) => fmtMs(v.buildMs))),
    row('graphology: stronglyConnectedComponents', (r) => cell(r.graphology, sccCell)),
    row('cytoscape headless: build', (r) => cell(r.cytoscape, (v) => fmtMs(v.buildMs))),
    row('cytoscape: tarjanStronglyConnected', (r) => cell(r.cytoscape, sccCell)),
  ];
  return markdownTable(['build graph + SCC', ...results.map((r) => sizeLabel(r.n))], rows);
}

function perRuleTable(results: readonly SizeResult[]): string {
  const first = results.find((r) => r.times.ok)?.times;
  if (!first || !first.ok) return '(no timings)';
  const rows = first.value.perRule.map((rule) => [
    rule.type,
    ...results.map((r) =>
      cell(r.times, (v) => {
        const p = v.perRule.find((x) => x.type === rule.type);
        return p ? `${fmtMs(p.detectMs)} / ${fmtMs(p.coldMs)} (${count(p.conflicts)})` : '-';
      }),
    ),
  ]);
  return markdownTable(['rule: detect / cold (conflicts)', ...results.map((r) => sizeLabel(r.n))], rows);
}

function verdicts(results: readonly SizeResult[]): string[] {
  return TARGETS.map((target) => {
    const r = results.find((x) => x.n === target.n);
    const value = r ? target.measured(r) : undefined;
    const label = `${target.what} at ${sizeLabel(target.n)}: target ${target.unit === 'ms' ? fmtMs(target.limit) : `< ${target.limit} MB`}`;
    if (value === undefined) return `- ${label}: not measured`;
    const shown = target.unit === 'ms' ? fmtMs(value) : `${value.toFixed(0)} MB`;
    const ok = target.unit === 'ms' ? value <= target.limit : value < target.limit;
    return `- ${label}: ${shown} ${ok ? 'MET' : 'MISSED'}`;
  });
}

/** Prints every table as Markdown, ready for docs/BENCHMARKS.md. */
export function printReport(results: readonly SizeResult[], machine: string): void {
  const out = [
    `Machine: ${machine}`,
    '',
    '### Core',
    '',
    coreTable(results),
    '',
    '### Targets',
    '',
    ...verdicts(results),
    '',
    '### Building the link graph and finding strongly connected components',
    '',
    graphTable(results),
    '',
    '### Per rule',
    '',
    'detect: `rule.detect` alone on an index whose shared tables are built (the rule\'s own work);',
    'cold: `detectConflicts(freshIndex, [rule])`, adding the per-index tables the rule builds or shares,',
    'merging its matches and writing their messages. Medians.',
    '',
    perRuleTable(results),
    '',
  ];
  console.log(out.join('\n'));
}
