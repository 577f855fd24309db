import type { Density } from './generate-story';
import type { BaselineResult } from './measure-baselines';
import type { CheckRun } from './measure-check';
import type { CoreMemory, CoreTimes } from './measure-core';
import type { ChildResult } from './run-child';
import { fmtMs, markdownTable } from './table';

/** The cold `nao check` run with the median stats.ms, with the stats.ms of every run. */
export type MedianCheck = CheckRun & { readonly allStatsMs: readonly number[] };

/** Everything measured for one story (size and density). */
export interface SizeResult {
  readonly n: number;
  readonly density: Density;
  /** Column heading: "10k", "10k dense". */
  readonly label: string;
  readonly fileMb: number;
  readonly times: ChildResult<CoreTimes>;
  readonly memory: ChildResult<CoreMemory>;
  /** Real `nao check --json` runs, each in a fresh process: the median one, and every run's stats.ms. */
  readonly check: ChildResult<MedianCheck>;
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
  /** The story's column heading. */
  readonly story: string;
  /** The limit, fixed or from another measurement of the same story; undefined when not measured. */
  readonly limit: (r: SizeResult) => number | undefined;
  readonly limitText: (limit: number) => string;
  readonly unit: 'ms' | 'MB';
  readonly measured: (r: SizeResult) => number | undefined;
}

const analysisMs = (r: SizeResult): number | undefined => (r.times.ok ? r.times.value.analyzeMs : undefined);
const checkMs = (r: SizeResult): number | undefined => (r.check.ok ? r.check.value.statsMs : undefined);
const atMost = (limit: number) => () => limit;
const msLimit = (limit: number): string => `≤ ${fmtMs(limit)}`;

/** graphology's build + SCC; its SCC overflows the stack on deep stories, then build alone (a lower bound). */
function graphologyMs(r: SizeResult): number | undefined {
  if (!r.graphology.ok) return undefined;
  return r.graphology.value.buildMs + (r.graphology.value.sccMs ?? 0);
}

const TARGETS: readonly Target[] = [
  { what: 'full analysis (analyzeStory, median)', story: '10k', limit: atMost(100), limitText: msLimit, unit: 'ms', measured: analysisMs },
  { what: 'full analysis (analyzeStory, median)', story: '100k', limit: atMost(1000), limitText: msLimit, unit: 'ms', measured: analysisMs },
  { what: 'full analysis (analyzeStory, median)', story: '10k dense', limit: atMost(100), limitText: msLimit, unit: 'ms', measured: analysisMs },
  { what: 'full analysis (analyzeStory, median)', story: '100k dense', limit: atMost(1000), limitText: msLimit, unit: 'ms', measured: analysisMs },
  { what: '`nao check --json` stats.ms, median of 3 cold runs', story: '10k dense', limit: atMost(100), limitText: msLimit, unit: 'ms', measured: checkMs },
  { what: '`nao check --json` stats.ms, median of 3 cold runs', story: '100k dense', limit: atMost(1000), limitText: msLimit, unit: 'ms', measured: checkMs },
  {
    what: 'full analysis faster than graphology build + SCC',
    story: '10k dense',
    limit: graphologyMs,
    limitText: (limit) => `< ${fmtMs(limit)}`,
    unit: 'ms',
    measured: analysisMs,
  },
  {
    what: 'full analysis faster than graphology build + SCC',
    story: '100k dense',
    limit: graphologyMs,
    limitText: (limit) => `< ${fmtMs(limit)}`,
    unit: 'ms',
    measured: analysisMs,
  },
  { what: 'ripple from one event', story: '100k', limit: atMost(50), limitText: msLimit, unit: 'ms', measured: (r) => (r.times.ok ? r.times.value.rippleMs : undefined) },
  {
    what: 'peak RSS of `nao check --json`',
    story: '100k dense',
    limit: atMost(400),
    limitText: (limit) => `< ${limit} MB`,
    unit: 'MB',
    measured: (r) => (r.check.ok ? r.check.value.peakRssMb : undefined),
  },
  {
    what: 'peak RSS of the load + analysis + ripple pass',
    story: '100k',
    limit: atMost(400),
    limitText: (limit) => `< ${limit} MB`,
    unit: 'MB',
    measured: (r) => (r.memory.ok ? r.memory.value.peakRssMb : undefined),
  },
];

/** "MET" or "MISSED" for the target of this story and row, or '' when the row has no target there. */
function mark(r: SizeResult, measured: Target['measured']): string {
  const target = TARGETS.find((t) => t.story === r.label && t.measured === measured && t.limitText === msLimit);
  if (!target) return '';
  const value = measured(r);
  const limit = target.limit(r);
  if (value === undefined || limit === undefined) return '';
  return value <= limit ? ' ✓' : ' ✗';
}

function coreTable(results: readonly SizeResult[]): string {
  const row = (label: string, show: (r: SizeResult) => string, target = ''): string[] => [label, ...results.map(show), target];
  const t = (show: (v: CoreTimes) => string) => (r: SizeResult) => cell(r.times, show);
  const m = (show: (v: CoreMemory) => string) => (r: SizeResult) => cell(r.memory, show);
  const c = (show: (v: MedianCheck) => string) => (r: SizeResult) => cell(r.check, show);
  const rows = [
    row('events / links', t((v) => `${count(v.events)} / ${count(v.links)}`)),
    row('story file', (r) => `${r.fileMb.toFixed(1)} MB`),
    row('JSON.parse', t((v) => fmtMs(v.parseMs))),
    row('validation + load (loadStory)', t((v) => fmtMs(v.loadMs))),
    row('**full analysis** (analyzeStory), median', (r) => cell(r.times, (v) => fmtMs(v.analyzeMs) + mark(r, analysisMs)), '≤ 100 ms at 10k, ≤ 1 s at 100k'),
    row('  fastest run', t((v) => fmtMs(v.analyzeMinMs))),
    row('  process CPU time, median (all threads)', t((v) => fmtMs(v.analyzeCpuMs))),
    row('  index (buildStoryIndex)', t((v) => fmtMs(v.indexMs))),
    row('  rules only (detectConflicts)', t((v) => fmtMs(v.rulesMs))),
    row('    rule detection alone (15 × detect)', t((v) => fmtMs(v.detectMs))),
    // A difference of two medians: on a busy machine it can come out below zero.
    row('    merging into conflicts (messages lazy)', t((v) => (v.rulesMs >= v.detectMs ? fmtMs(v.rulesMs - v.detectMs) : 'lost in noise'))),
    row('  all messages, written once (lazy: on first read)', t((v) => fmtMs(v.messagesMs))),
    row('  structuredClone of all conflicts (worker → page)', t((v) => fmtMs(v.cloneMs))),
    row('  scores', t((v) => fmtMs(v.scoresMs))),
    row('conflicts found', t((v) => count(v.conflicts))),
    row('**`nao check --json`**, median of 3 cold runs: stats.ms', (r) => cell(r.check, (v) => fmtMs(v.statsMs) + mark(r, checkMs)), '≤ 100 ms at 10k, ≤ 1 s at 100k'),
    row('  stats.ms of each run, in order', c((v) => v.allStatsMs.map(fmtMs).join(', '))),
    row('  first touches of fresh pages (minor faults)', c((v) => count(v.pageFaults))),
    row('  whole command: read, parse, check, write', c((v) => fmtMs(v.wallMs))),
    row('  process CPU time of the whole command', c((v) => fmtMs(v.cpuMs))),
    row('  peak RSS of the command', c((v) => `${v.peakRssMb.toFixed(0)} MB`), '< 400 MB at 100k'),
    row('**ripple** from one event (median of 20)', t((v) => fmtMs(v.rippleMs)), '≤ 50 ms at 100k'),
    row('  slowest of the 20', t((v) => fmtMs(v.rippleMaxMs))),
    row('  events reached (median)', t((v) => count(v.rippleReached))),
    row('**peak RSS**, load + analysis + ripple pass', m((v) => `${v.peakRssMb.toFixed(0)} MB`)),
    row('  RSS before reading (node + tsx + modules)', m((v) => `${v.baselineRssMb.toFixed(0)} MB`)),
    row('  peak RSS minus that baseline', m((v) => `${(v.peakRssMb - v.baselineRssMb).toFixed(0)} MB`)),
    row('  peak heap (sampled after each phase)', m((v) => `${v.peakHeapMb.toFixed(0)} MB`)),
    row('  heap by phase: read/parse/load/analyze/ripple', m((v) => Object.values(v.heapByPhaseMb).map((x) => x.toFixed(0)).join('/'))),
    row('  heap retained after GC (story + analysis)', m((v) => `${v.retainedHeapMb.toFixed(0)} MB`)),
  ];
  return markdownTable(['', ...results.map((r) => r.label), 'target'], rows);
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
    row('**core: full analysis** (all 15 rules), median', (r) => cell(r.times, (v) => fmtMs(v.analyzeMs))),
    row('  against graphology build + SCC', (r) => {
      const ours = analysisMs(r);
      const theirs = graphologyMs(r);
      if (ours === undefined || theirs === undefined) return '-';
      const lowerBound = r.graphology.ok && r.graphology.value.sccMs === null ? ' (build alone)' : '';
      return `${(ours / theirs).toFixed(2)}×${lowerBound}`;
    }),
  ];
  return markdownTable(['build graph + SCC', ...results.map((r) => r.label)], rows);
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
  return markdownTable(['rule: detect / cold (conflicts)', ...results.map((r) => r.label)], rows);
}

function verdicts(results: readonly SizeResult[]): string[] {
  return TARGETS.map((target) => {
    const r = results.find((x) => x.label === target.story);
    const value = r ? target.measured(r) : undefined;
    const limit = r ? target.limit(r) : undefined;
    const label = `${target.what} at ${target.story}`;
    if (value === undefined || limit === undefined) return `- ${label}: not measured`;
    const shown = target.unit === 'ms' ? fmtMs(value) : `${value.toFixed(0)} MB`;
    const ok = target.unit === 'ms' ? value <= limit : value < limit;
    return `- ${label}: ${shown}, target ${target.limitText(limit)}: ${ok ? 'MET' : 'MISSED'}`;
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
    'merging its matches into conflicts (their messages are written on first read, so not here). Medians.',
    '',
    perRuleTable(results),
    '',
  ];
  console.log(out.join('\n'));
}
